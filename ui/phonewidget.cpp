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

#include <algorithm>
#include <tuple>

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

// CLP/1 key codes core::Key does not name yet (controller-link.md section 5).
constexpr quint8 holdKey = 0x05;
constexpr quint8 transferKey = 0x06;
constexpr int lineKeyCount = 16;

// Key systems flash lamps at two rates: slow (held, waiting: 60 a minute) and fast (ringing
// in: 240 a minute). These are the half-periods.
constexpr int slowFlashMs = 500;
constexpr int fastFlashMs = 125;

/// The lamp's glyph after a key's engraving: none when off, ● when lit, ○ in a flash's dark half.
QString lampGlyph(core::LampMode m, bool lit)
{
    if (m == core::LampMode::Off)
        return QString();
    return lit ? QStringLiteral(" ●") : QStringLiteral(" ○");
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
    , m_hold(new QPushButton(tr("HOLD"), this))
    , m_transfer(new QPushButton(tr("TRANSFER"), this))
    , m_flash(new QPushButton(tr("FLASH"), this))
    , m_lineBox(new QWidget(this))
    , m_lineGrid(new QGridLayout(m_lineBox))
    , m_row0(new QLabel(this))
    , m_row1(new QLabel(this))
    , m_hearing(new QLabel(this))
    , m_ring(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_beep(new QLabel(this))
    , m_hintTimer(new QTimer(this))
    , m_slowFlash(new QTimer(this))
    , m_fastFlash(new QTimer(this))
    , m_beepTimer(new QTimer(this))
{
    m_station->setAccessibleName(tr("Act as extension"));
    // A long name must not widen the panel: it squeezed the grid to one column (issue 9 item 11).
    m_station->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_station->setMinimumContentsLength(12);
    fillStations();
    connect(m_extensions, &QAbstractItemModel::modelReset, this, &PhoneWidget::fillStations);
    connect(m_station, &QComboBox::currentIndexChanged, this, [this] {
        m_beepTimer->stop(); // another phone: the last one's beep is not this one's
        m_beep->clear();
        m_beep->setStyleSheet(QString());
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
    // The camp-on beep lasts half a second: shown, flashing, for as long as it sounds.
    m_beep->setAccessibleName(tr("Camp-on beep"));
    m_beep->setMinimumHeight(m_beep->fontMetrics().height() + 4);
    m_beepTimer->setSingleShot(true);
    connect(m_beepTimer, &QTimer::timeout, this, [this] {
        m_beep->clear();
        m_beep->setStyleSheet(QString());
        paintLamps(); // the fast timer may stop now
    });
    m_slowFlash->setInterval(slowFlashMs);
    m_fastFlash->setInterval(fastFlashMs);
    connect(m_slowFlash, &QTimer::timeout, this, [this] {
        m_slowLit = !m_slowLit;
        paintLamps();
    });
    connect(m_fastFlash, &QTimer::timeout, this, [this] {
        m_fastLit = !m_fastLit;
        paintLamps();
    });

    m_handset->setToolTip(tr("Lift the handset (answers a ringing phone) or hang up"));
    m_callback->setToolTip(tr("CALLBACK: at busy tone, leave a callback; its lamp flashes while "
                              "you have callbacks waiting"));
    m_clear->setToolTip(
        tr("CLEAR: at an idle phone, the menu to clear your callbacks (1) or forwarding (2)"));
    m_dnd->setToolTip(tr("DND: do not disturb on or off"));
    m_hold->setToolTip(tr("HOLD: hold the outside call you are talking on (the caller hears "
                          "music) and get dial tone; at dial tone, take back a line you seized "
                          "with 9 and held"));
    m_transfer->setToolTip(tr("TRANSFER: hold the outside call for transfer and get dial tone; "
                              "dial the extension and hang up, or press TRANSFER again to go "
                              "back to the caller"));
    m_flash->setToolTip(tr("FLASH (hook flash): transfer the outside call you are talking on, "
                           "as TRANSFER does on a keyset"));
    connect(m_hold, &QPushButton::clicked, this, [this] { press(QStringLiteral("key HOLD")); });
    connect(
        m_transfer, &QPushButton::clicked, this, [this] { press(QStringLiteral("key TRANSFER")); });
    connect(m_flash, &QPushButton::clicked, this, [this] { press(QStringLiteral("key FLASH")); });
    m_flash->hide(); // until the phone is known to be a single-line set
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
    featureKeys->addWidget(m_hold);
    featureKeys->addWidget(m_transfer);
    featureKeys->addWidget(m_flash);
    featureKeys->addStretch();
    // T1: the line keys, four to a row under the dial pad.
    m_lineGrid->setContentsMargins(0, 0, 0, 0);
    m_lineGrid->setSpacing(4);
    // The keys carry the line's number only (and the lamp): four to a row fit in any language.
    m_lineGrid->addWidget(new QLabel(tr("Line keys:"), m_lineBox), 0, 0, 1, 4);
    m_lineBox->hide();

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
    auto *ringRow = new QHBoxLayout;
    ringRow->addWidget(m_ring, 1);
    ringRow->addWidget(m_beep);
    layout->addLayout(ringRow);
    layout->addWidget(m_hearing);
    layout->addWidget(m_hint);
    layout->addWidget(m_handset);
    layout->addLayout(keysRow);
    layout->addWidget(m_lineBox);

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
    arrangeKeys();
    paintLamps();
    showCampOn(v.campOnMs);
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

QPushButton *PhoneWidget::key(quint8 code) const
{
    QPushButton *b = nullptr;
    switch (code) {
    case quint8(core::Key::Callback):
        b = m_callback;
        break;
    case quint8(core::Key::Clear):
        b = m_clear;
        break;
    case quint8(core::Key::Dnd):
        b = m_dnd;
        break;
    case quint8(core::Key::Flash):
        b = m_flash;
        break;
    case holdKey:
        b = m_hold;
        break;
    case transferKey:
        b = m_transfer;
        break;
    default:
        b = m_lineKeys.value(code - int(core::Key::LineKey1) + 1);
        break;
    }
    return b && !b->isHidden() ? b : nullptr;
}

core::LampMode PhoneWidget::lamp(quint8 code) const
{
    if (code == quint8(core::Key::Callback))
        return m_view.callbackLamp;
    if (code == quint8(core::Key::Dnd))
        return m_view.dndLamp;
    const int line = code - int(core::Key::LineKey1) + 1;
    if (line >= 1 && line <= m_view.lineLamps.size())
        return m_view.lineLamps.at(line - 1);
    return core::LampMode::Off; // HOLD, TRANSFER and FLASH have no lamp (T1)
}

bool PhoneWidget::lampLit(quint8 code) const
{
    switch (lamp(code)) {
    case core::LampMode::Off:
        return false;
    case core::LampMode::On:
        return true;
    case core::LampMode::SlowFlash:
        return m_slowLit;
    case core::LampMode::FastFlash:
        return m_fastLit;
    }
    return false;
}

void PhoneWidget::arrangeKeys()
{
    // A single-line set has a hook switch, a dial pad and hook flash; a keyset (the attendant
    // too) has feature keys and its line keys.
    const bool keyset = m_view.type != core::ExtensionType::SingleLine;
    for (QPushButton *b : {m_callback, m_clear, m_dnd, m_hold, m_transfer})
        b->setVisible(keyset);
    m_flash->setVisible(!keyset);

    // A key for each line that rings it, and for any line whose lamp the host lights.
    QList<int> lines;
    if (keyset) {
        for (int l : m_view.lineKeys) {
            if (l >= 1 && l <= lineKeyCount && !lines.contains(l))
                lines << l;
        }
        for (int l = 1; l <= std::min(int(m_view.lineLamps.size()), lineKeyCount); ++l) {
            if (m_view.lineLamps.at(l - 1) != core::LampMode::Off && !lines.contains(l))
                lines << l;
        }
        std::sort(lines.begin(), lines.end());
    }
    if (lines == m_lineKeys.keys())
        return;
    qDeleteAll(m_lineKeys);
    m_lineKeys.clear();
    for (int i = 0; i < lines.size(); ++i) {
        const int l = lines.at(i);
        auto *b = new QPushButton(QString::number(l), m_lineBox);
        b->setAccessibleName(tr("Line key %1").arg(l));
        b->setToolTip(tr("Line key %1: answers the line when it rings in, takes it back when it "
                         "is held, seizes it when it is free. Its lamp: fast flash ringing in, "
                         "on talking, slow flash held or waiting.")
                          .arg(l));
        // Four to a row share the phone's width.
        b->setMinimumWidth(0);
        b->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        connect(b, &QPushButton::clicked, this,
            [this, l] { press(QStringLiteral("key LINE%1").arg(l)); });
        m_lineGrid->addWidget(b, 1 + i / 4, i % 4);
        m_lineKeys.insert(l, b);
    }
    m_lineBox->setVisible(!lines.isEmpty());
}

void PhoneWidget::paintLamps()
{
    bool slow = false;
    bool fast = m_beepTimer->isActive(); // the camp-on beep flashes fast too
    auto paint = [&](QPushButton *b, const QString &engraving, core::LampMode m) {
        slow = slow || m == core::LampMode::SlowFlash;
        fast = fast || m == core::LampMode::FastFlash;
        const bool lit = m == core::LampMode::On || (m == core::LampMode::SlowFlash && m_slowLit)
            || (m == core::LampMode::FastFlash && m_fastLit);
        const QString text = engraving + lampGlyph(m, lit);
        if (b->text() != text)
            b->setText(text);
    };
    paint(m_callback, tr("CALLBACK"), m_view.callbackLamp);
    paint(m_dnd, tr("DND"), m_view.dndLamp);
    for (auto it = m_lineKeys.cbegin(); it != m_lineKeys.cend(); ++it)
        paint(it.value(), QString::number(it.key()),
            lamp(quint8(int(core::Key::LineKey1) + it.key() - 1)));
    if (m_beepTimer->isActive())
        m_beep->setStyleSheet(m_fastLit
                ? QStringLiteral("QLabel { background: #f9a825; color: #000; padding: 0 4px; }")
                : QStringLiteral("QLabel { padding: 0 4px; }"));
    // Each flash rate's timer runs only while something flashes at that rate; a lamp that starts
    // flashing starts lit.
    for (auto [timer, needed, lit] :
        {std::tuple {m_slowFlash, slow, &m_slowLit}, std::tuple {m_fastFlash, fast, &m_fastLit}}) {
        if (needed && !timer->isActive()) {
            timer->start();
        } else if (!needed && timer->isActive()) {
            timer->stop();
            *lit = true;
        }
    }
}

void PhoneWidget::showCampOn(int ms)
{
    if (ms <= 0)
        return; // a beep under way ends by its own timer
    if (!m_beepTimer->isActive()) {
        m_beep->setText(tr("♪ Camp-on beep"));
        m_fastLit = true;
    }
    m_beepTimer->start(ms);
    paintLamps();
}

} // namespace sb::ui
