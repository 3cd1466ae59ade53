#pragma once

#include "phonebench.h"

#include <QWidget>

class QLabel;
class QSpinBox;

namespace sb::ui {

class ExtensionModel;
class PhoneWidget;

/// Two simulated phones side by side (to play caller and callee), outside lines, and a traffic
/// generator for demonstrations. Shown only when running on the simulated controller.
class PhonesPanel : public QWidget
{
    Q_OBJECT
public:
    PhonesPanel(PhoneBench *bench, ExtensionModel *extensions, QWidget *parent = nullptr);

    PhoneWidget *phone(int i) const { return i ? m_b : m_a; }
    /// What the outside lines are doing: ringing in, or held with music on hold (T2, T3).
    QLabel *lineStatus() const { return m_lineStatus; }

private:
    PhoneBench *m_bench;
    PhoneWidget *m_a;
    PhoneWidget *m_b;
    QSpinBox *m_line;
    QSpinBox *m_rate;
    QLabel *m_message;
    QLabel *m_lineStatus;
};

} // namespace sb::ui
