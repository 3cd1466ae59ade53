#include "phonespanel.h"

#include "extensionmodel.h"
#include "phonewidget.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace sb::ui {

PhonesPanel::PhonesPanel(PhoneBench *bench, ExtensionModel *extensions, QWidget *parent)
    : QWidget(parent)
    , m_bench(bench)
    , m_a(new PhoneWidget(tr("Phone A"), bench, extensions, this))
    , m_b(new PhoneWidget(tr("Phone B"), bench, extensions, this))
    , m_line(new QSpinBox(this))
    , m_rate(new QSpinBox(this))
    , m_message(new QLabel(this))
    , m_lineStatus(new QLabel(this))
{
    auto *hint = new QLabel(
        tr("Try it: lift B's handset, then from A dial B's number, press CALLBACK and hang up. "
           "Hang up B: A rings back; answer on A, then on B."),
        this);
    hint->setWordWrap(true);

    auto *lines = new QGroupBox(tr("Outside lines"), this);
    m_line->setRange(1, std::max(1, bench->lineCount()));
    m_line->setPrefix(tr("line "));
    auto *ring = new QPushButton(tr("Ring in"), this);
    auto *stop = new QPushButton(tr("Caller gives up"), this);
    auto *drop = new QPushButton(tr("Far end hangs up"), this);
    connect(ring, &QPushButton::clicked, this,
        [this] { m_bench->act(QStringLiteral("ring line %1").arg(m_line->value())); });
    connect(stop, &QPushButton::clicked, this,
        [this] { m_bench->act(QStringLiteral("stop line %1").arg(m_line->value())); });
    connect(drop, &QPushButton::clicked, this,
        [this] { m_bench->act(QStringLiteral("drop line %1").arg(m_line->value())); });
    auto *ll = new QHBoxLayout;
    ll->addWidget(m_line);
    ll->addWidget(ring);
    ll->addWidget(stop);
    ll->addWidget(drop);
    // The lines as the far ends hear them: a held caller (T2, T3) hears the controller's music.
    m_lineStatus->setWordWrap(true);
    m_lineStatus->setAccessibleName(tr("Outside lines now"));
    m_lineStatus->setText(tr("No line rings in or is on hold."));
    connect(m_bench, &PhoneBench::phoneChanged, this, [this](const PhoneView &v) {
        QStringList says;
        for (int l = 1; l <= m_bench->lineCount(); ++l) {
            if (v.linesOnHold.contains(l))
                says << tr("Line %1: held, the caller hears music on hold").arg(l);
            else if (v.linesRinging.contains(l))
                says << tr("Line %1: ringing in").arg(l);
        }
        m_lineStatus->setText(
            says.isEmpty() ? tr("No line rings in or is on hold.") : says.join(QLatin1Char('\n')));
    });
    auto *lv = new QVBoxLayout(lines);
    lv->addLayout(ll);
    lv->addWidget(m_lineStatus);
    lines->setEnabled(bench->lineCount() > 0);

    auto *traffic = new QGroupBox(tr("Traffic generator"), this);
    auto *on = new QCheckBox(tr("Keep a realistic load going"), this);
    m_rate->setRange(1, 600);
    m_rate->setValue(30);
    m_rate->setSuffix(tr(" calls/min"));
    auto apply = [this, on] { m_bench->setTraffic(on->isChecked() ? m_rate->value() : 0); };
    connect(on, &QCheckBox::toggled, this, apply);
    connect(m_rate, &QSpinBox::valueChanged, this, apply);
    auto *tl = new QHBoxLayout(traffic);
    tl->addWidget(on);
    tl->addWidget(m_rate);

    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    connect(m_bench, &PhoneBench::failed, this, [this](const QString &why) {
        m_message->setText(why);
        QTimer::singleShot(5000, m_message, &QLabel::clear);
    });

    auto *phones = new QHBoxLayout;
    phones->addWidget(m_a);
    phones->addWidget(m_b);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(phones);
    layout->addWidget(lines);
    layout->addWidget(traffic);
    layout->addWidget(m_message);
    layout->addStretch();

    // The traffic generator keeps off the phones played here (issue 9 item 17).
    auto operated = [this] { m_bench->setOperated({m_a->station(), m_b->station()}); };
    connect(m_a, &PhoneWidget::stationChanged, this, operated);
    connect(m_b, &PhoneWidget::stationChanged, this, operated);

    // A and B of the seed's story, ready to play.
    m_a->setStation(3);
    m_b->setStation(4);
    operated();
}

} // namespace sb::ui
