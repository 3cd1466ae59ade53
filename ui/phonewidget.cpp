#include "phonewidget.h"

#include "extensionmodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

namespace sb::ui {

namespace {

QString toneText(core::Tone t)
{
    switch (t) {
    case core::Tone::None:
        return PhoneWidget::tr("silence");
    case core::Tone::Dial:
        return PhoneWidget::tr("dial tone");
    case core::Tone::Busy:
        return PhoneWidget::tr("busy tone");
    case core::Tone::Ringback:
        return PhoneWidget::tr("ringback");
    case core::Tone::Confirm:
        return PhoneWidget::tr("confirmation beep");
    case core::Tone::Reorder:
        return PhoneWidget::tr("reorder (error) tone");
    case core::Tone::CampOn:
        return PhoneWidget::tr("camp-on beep");
    case core::Tone::Dnd:
        return PhoneWidget::tr("do-not-disturb tone");
    }
    return QString();
}

QString lampText(core::LampMode m)
{
    switch (m) {
    case core::LampMode::Off:
        return QString();
    case core::LampMode::On:
        return QStringLiteral(" ●");
    default:
        return QStringLiteral(" ◐");
    }
}

} // namespace

PhoneWidget::PhoneWidget(
    const QString &title, PhoneBench *bench, ExtensionModel *extensions, QWidget *parent)
    : QGroupBox(title, parent)
    , m_bench(bench)
    , m_extensions(extensions)
    , m_station(new QComboBox(this))
    , m_handset(new QPushButton(tr("Lift handset"), this))
    , m_callback(new QPushButton(tr("CALLBACK"), this))
    , m_clear(new QPushButton(tr("CLEAR"), this))
    , m_dnd(new QPushButton(tr("DND"), this))
    , m_row0(new QLabel(this))
    , m_row1(new QLabel(this))
    , m_hearing(new QLabel(this))
    , m_ring(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_hintTimer(new QTimer(this))
{
    m_station->setAccessibleName(tr("Act as extension"));
    // A long name must not widen the panel: it squeezed the grid to one column (issue 9 item 11).
    m_station->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_station->setMinimumContentsLength(12);
    fillStations();
    connect(m_extensions, &QAbstractItemModel::modelReset, this, &PhoneWidget::fillStations);
    connect(m_station, &QComboBox::currentIndexChanged, this, [this] {
        m_bench->query(station());
        emit stationChanged(station());
    });

    // The display: two rows of 24 characters, as on the keyset.
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    for (QLabel *row : {m_row0, m_row1}) {
        row->setFont(mono);
        row->setFrameShape(QFrame::Panel);
        row->setFrameShadow(QFrame::Sunken);
        row->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QString(25, QLatin1Char('M'))));
        row->setStyleSheet(
            QStringLiteral("QLabel { background: #cfe3c4; color: #1b2b12; padding: 2px; }"));
        row->setAccessibleName(tr("Display"));
    }
    m_hearing->setAccessibleName(tr("What the handset plays"));
    QFont bold = m_ring->font();
    bold.setBold(true);
    m_ring->setFont(bold);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_hint->setAccessibleName(tr("Hint"));
    m_hintTimer->setSingleShot(true);
    m_hintTimer->setInterval(5000);
    connect(m_hintTimer, &QTimer::timeout, m_hint, &QLabel::clear);

    m_handset->setToolTip(tr("Lift the handset (answers a ringing phone) or hang up"));
    m_callback->setToolTip(tr("CALLBACK: at busy tone, leave a callback; its lamp flashes while "
                              "you have callbacks waiting"));
    m_clear->setToolTip(
        tr("CLEAR: at an idle phone, the menu to clear your callbacks (1) or forwarding (2)"));
    m_dnd->setToolTip(tr("DND: do not disturb on or off"));
    connect(m_handset, &QPushButton::clicked, this,
        [this] { press(m_view.offHook ? QStringLiteral("on-hook") : QStringLiteral("off-hook")); });
    connect(
        m_callback, &QPushButton::clicked, this, [this] { press(QStringLiteral("key CALLBACK")); });
    connect(m_clear, &QPushButton::clicked, this, [this] { press(QStringLiteral("key CLEAR")); });
    connect(m_dnd, &QPushButton::clicked, this, [this] { press(QStringLiteral("key DND")); });

    auto *pad = new QGridLayout;
    const QString keys = QStringLiteral("123456789*0#");
    for (int i = 0; i < keys.size(); ++i) {
        auto *k = new QPushButton(keys.mid(i, 1), this);
        k->setFixedSize(40, 30);
        k->setAccessibleName(tr("Dial %1").arg(keys.at(i)));
        connect(k, &QPushButton::clicked, this,
            [this, d = keys.at(i)] { press(QStringLiteral("dial %1").arg(d)); });
        pad->addWidget(k, i / 3, i % 3);
    }
    auto *featureKeys = new QVBoxLayout;
    featureKeys->addWidget(m_callback);
    featureKeys->addWidget(m_clear);
    featureKeys->addWidget(m_dnd);
    featureKeys->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Extension:"), this));
    top->addWidget(m_station, 1);
    auto *keysRow = new QHBoxLayout;
    keysRow->addLayout(pad);
    keysRow->addLayout(featureKeys);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_row0);
    layout->addWidget(m_row1);
    layout->addWidget(m_ring);
    layout->addWidget(m_hearing);
    layout->addWidget(m_hint);
    layout->addWidget(m_handset);
    layout->addLayout(keysRow);

    connect(m_bench, &PhoneBench::phoneChanged, this, [this](const PhoneView &v) {
        if (v.station == station())
            show(v);
    });
    connect(m_bench, &PhoneBench::changed, this, [this] { m_bench->query(station()); });
    // Bursts end and cadences move on without an event: look again now and then while shown.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this] {
        if (isVisible())
            m_bench->query(station());
    });
    poll->start(400);
}

void PhoneWidget::fillStations()
{
    // The station chosen, also when it was chosen before the picture held the extensions.
    const int keep = station() ? station() : m_wanted;
    m_station->blockSignals(true);
    m_station->clear();
    for (int r = 0; r < m_extensions->rowCount(); ++r) {
        const client::Extension &s = m_extensions->extension(r);
        m_station->addItem(
            s.name.isEmpty() ? s.number : s.number + QLatin1Char(' ') + s.name, s.port);
    }
    m_station->blockSignals(false);
    if (keep)
        setStation(keep);
}

int PhoneWidget::station() const
{
    return m_station->currentData().toInt();
}

void PhoneWidget::setStation(int port)
{
    m_wanted = port;
    const int i = m_station->findData(port);
    if (i >= 0)
        m_station->setCurrentIndex(i);
    m_bench->query(port);
}

void PhoneWidget::press(const QString &what)
{
    const int s = station();
    if (!s)
        return;
    // Digits at a phone whose handset is down do nothing unless its CLEAR menu is open: say why
    // (issue 9 item 17). The bench says whether the menu is open; the display's second row
    // does not (it also holds "CALLBACK to queue" after a hang-up).
    if (what.startsWith(QLatin1String("dial ")) && !m_view.offHook && !m_view.clearMenu) {
        m_hint->setText(tr("Lift the handset first: a phone on the hook takes digits only in "
                           "its CLEAR menu."));
        m_hintTimer->start();
    }
    if (what.startsWith(QLatin1String("dial ")))
        m_bench->act(QStringLiteral("dial %1 %2").arg(s).arg(what.mid(5)));
    else if (what.startsWith(QLatin1String("key ")))
        m_bench->act(QStringLiteral("key %1 %2").arg(s).arg(what.mid(4)));
    else
        m_bench->act(QStringLiteral("%1 %2").arg(what).arg(s));
}

void PhoneWidget::show(const PhoneView &v)
{
    if (v.offHook && !m_view.offHook)
        m_hint->clear(); // the hint was followed
    m_view = v;
    m_row0->setText(v.display[0].leftJustified(24));
    m_row1->setText(v.display[1].leftJustified(24));
    m_handset->setText(v.offHook ? tr("Hang up")
                                 : (v.ringing != core::Cadence::Stop ? tr("Answer (lift handset)")
                                                                     : tr("Lift handset")));
    m_callback->setText(tr("CALLBACK") + lampText(v.callbackLamp));
    m_dnd->setText(tr("DND") + lampText(v.dndLamp));
    switch (v.ringing) {
    case core::Cadence::Stop:
        m_ring->clear();
        break;
    case core::Cadence::Intercom:
        m_ring->setText(tr("Ringing: an intercom call"));
        break;
    case core::Cadence::Outside:
        m_ring->setText(tr("Ringing: an outside call"));
        break;
    case core::Cadence::Callback:
        m_ring->setText(tr("Ringing: the callback ring"));
        break;
    }
    if (!v.offHook)
        m_hearing->setText(tr("Handset down"));
    else if (!v.talkingWith.isEmpty()) {
        // The simulator names ports; a person knows extension numbers.
        QString with = v.talkingWith;
        static const QRegularExpression station(QStringLiteral("station (\\d+)"));
        QRegularExpressionMatch m;
        while ((m = station.match(with)).hasMatch())
            with.replace(m.capturedStart(), m.capturedLength(),
                m_extensions->numberOf(m.captured(1).toInt()));
        with.replace(QRegularExpression(QStringLiteral("line (\\d+)")), tr("outside line \\1"));
        m_hearing->setText(tr("Talking with %1").arg(with));
    } else
        m_hearing->setText(tr("Hears: %1").arg(toneText(v.hearing)));
}

} // namespace sb::ui
