#pragma once

#include "phonebench.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace sb::ui {

class ExtensionModel;

/// One simulated phone: choose the extension, lift and hang up, dial, press CALLBACK, CLEAR
/// and DND (with their lamps), read the display and hear what it hears.
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

signals:
    /// Another extension was chosen to act as.
    void stationChanged(int port);

private:
    void press(const QString &what);
    void fillStations();

    PhoneBench *m_bench;
    ExtensionModel *m_extensions;
    QComboBox *m_station;
    QPushButton *m_handset;
    QPushButton *m_callback;
    QPushButton *m_clear;
    QPushButton *m_dnd;
    QLabel *m_row0;
    QLabel *m_row1;
    QLabel *m_hearing;
    QLabel *m_ring;
    QLabel *m_hint;
    QTimer *m_hintTimer;
    int m_wanted = 0; ///< the station last chosen, kept while the extensions are not known yet
    PhoneView m_view;
};

} // namespace sb::ui
