#pragma once

#include "phonebench.h"

#include <QGroupBox>
#include <QMap>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace sb::ui {

class ExtensionModel;

/// One simulated phone: choose the extension, lift and hang up, dial, press CALLBACK, CLEAR,
/// DND, HOLD, TRANSFER and the line keys of a keyset (their lamps lit and flashing as the host
/// drives them) or FLASH on a single-line set, read the display, hear what it hears and see the
/// camp-on beep.
class PhoneWidget : public QGroupBox
{
    Q_OBJECT
public:
    PhoneWidget(const QString &title, PhoneBench *bench, ExtensionModel *extensions,
        QWidget *parent = nullptr);

    int station() const;
    void setStation(int port);
    void show(const PhoneView &view);
    QPushButton *handset() const { return m_handset; }
    QLabel *hearing() const { return m_hearing; }
    QLabel *displayRow(int row) const { return row ? m_row1 : m_row0; }
    /// A hint about the last key pressed ("Lift the handset first"), cleared after a while.
    QLabel *hint() const { return m_hint; }
    /// The key with this CLP/1 code (line key n is 0x10 + n - 1), or null while the phone has
    /// none shown (a single-line set has only FLASH; a keyset only the line keys of its lines).
    QPushButton *key(quint8 code) const;
    /// A key's lamp as the host drives it (LAMP), off for a key that has none.
    core::LampMode lamp(quint8 code) const;
    /// Whether a key's lamp is lit at this moment of its flashing.
    bool lampLit(quint8 code) const;
    /// Shows "Camp-on beep", flashing, while the camp-on tone (R8) sounds; empty otherwise.
    QLabel *campOnBeep() const { return m_beep; }

signals:
    /// Another extension was chosen to act as.
    void stationChanged(int port);

private:
    void press(const QString &what);
    void fillStations();
    /// Keyset or single-line keys, and a line key for each line the phone has.
    void arrangeKeys();
    /// The lamps' glyphs at this moment of the flash cycles; the flash timers run only while
    /// a lamp flashes.
    void paintLamps();
    void showCampOn(int ms);

    PhoneBench *m_bench;
    ExtensionModel *m_extensions;
    QComboBox *m_station;
    QPushButton *m_handset;
    QPushButton *m_callback;
    QPushButton *m_clear;
    QPushButton *m_dnd;
    QPushButton *m_hold;
    QPushButton *m_transfer;
    QPushButton *m_flash;
    QWidget *m_lineBox;
    QGridLayout *m_lineGrid;
    QMap<int, QPushButton *> m_lineKeys; ///< by line number
    QLabel *m_row0;
    QLabel *m_row1;
    QLabel *m_hearing;
    QLabel *m_ring;
    QLabel *m_hint;
    QLabel *m_beep;
    QTimer *m_hintTimer;
    QTimer *m_slowFlash;
    QTimer *m_fastFlash;
    QTimer *m_beepTimer;
    bool m_slowLit = true;
    bool m_fastLit = true;
    int m_wanted = 0; ///< the station last chosen, kept while the extensions are not known yet
    PhoneView m_view;
};

} // namespace sb::ui
