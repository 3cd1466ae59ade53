#pragma once

#include "core/types.h"

#include <QObject>
#include <QVector>

namespace sb::ui {

/// What one simulated phone shows and plays.
struct PhoneView
{
    int station = 0;
    bool offHook = false;
    core::Cadence ringing = core::Cadence::Stop;
    core::Tone hearing = core::Tone::None;
    QString display[2];
    core::LampMode callbackLamp = core::LampMode::Off;
    core::LampMode dndLamp = core::LampMode::Off;
    QString talkingWith;
    QVector<int> linesRinging;
    /// Its CLEAR menu is open: the only time digits count with the handset down.
    bool clearMenu = false;
    /// A keyset (and the attendant) has feature and line keys; a single-line set hook flash.
    core::ExtensionType type = core::ExtensionType::Keyset;
    /// Its line keys (T1): the lines that ring it, as programmed.
    QVector<int> lineKeys;
    /// The lamp of line key n at index n-1, as the host drives it (every line of the controller).
    QVector<core::LampMode> lineLamps;
    /// How long the camp-on beep (R8) still sounds at it, in ms; 0 = not now.
    int campOnMs = 0;
    /// Outside lines seized and in no talk path: their callers hear music on hold (T2, T3).
    QVector<int> linesOnHold;
};

/// The simulated controller's phones, as the console may use them (only when running on the
/// simulator). Asynchronous: actions go to the simulator's thread, answers come as signals.
class PhoneBench : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// One action in the simulator's words: "off-hook 3", "dial 3 104", "key 3 CALLBACK",
    /// "ring line 2", "stop line 2", "drop line 2".
    virtual void act(const QString &action) = 0;
    /// Asks for a station's view; answered by phoneChanged().
    virtual void query(int station) = 0;
    /// Random office traffic, calls per minute; 0 stops it.
    virtual void setTraffic(int callsPerMinute) = 0;
    /// The stations a person operates on the phones shown: the traffic leaves them alone.
    virtual void setOperated(const QVector<int> &stations) { Q_UNUSED(stations) }
    virtual int lineCount() const = 0;

signals:
    void phoneChanged(const sb::ui::PhoneView &view);
    /// Something changed at the phones: views should ask again.
    void changed();
    void failed(const QString &why);
};

} // namespace sb::ui

Q_DECLARE_METATYPE(sb::ui::PhoneView)
