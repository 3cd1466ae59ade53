#include "screenshotdemo.h"

#include "ui/mainwindow.h"
#include "ui/phonebench.h"

#include <QTimer>

#include <cstdio>

namespace sb::app {

ScreenshotDemo::ScreenshotDemo(
    ui::MainWindow *window, ui::PhoneBench *phones, QString file, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_phones(phones)
    , m_file(std::move(file))
{
    // 104 is on the phone; 103 and 105 leave callbacks; 106 camps on 107; 108 and 109 talk;
    // 112 is in DND and forwards; an outside call rings the attendant.
    m_script = QStringList {QStringLiteral("off-hook 4"), QStringLiteral("off-hook 3"),
        QStringLiteral("dial 3 104"), QStringLiteral("key 3 CALLBACK"), QStringLiteral("on-hook 3"),
        QStringLiteral("off-hook 5"), QStringLiteral("dial 5 104"),
        QStringLiteral("key 5 CALLBACK"), QStringLiteral("on-hook 5"), QStringLiteral("off-hook 7"),
        QStringLiteral("off-hook 6"), QStringLiteral("dial 6 107"),
        QStringLiteral("key 6 CALLBACK"), QStringLiteral("off-hook 8"),
        QStringLiteral("dial 8 109"), QStringLiteral("off-hook 9"), QStringLiteral("key 12 DND"),
        QStringLiteral("off-hook 11"), QStringLiteral("dial 11 *2114"),
        QStringLiteral("on-hook 11"), QStringLiteral("ring line 1")};
}

void ScreenshotDemo::start()
{
    QTimer::singleShot(300, this, &ScreenshotDemo::next);
}

void ScreenshotDemo::next()
{
    if (m_script.isEmpty() || !m_phones) {
        QTimer::singleShot(1200, this, &ScreenshotDemo::save); // let the console settle
        return;
    }
    m_phones->act(m_script.takeFirst());
    QTimer::singleShot(60, this, &ScreenshotDemo::next);
}

void ScreenshotDemo::save()
{
    m_window->selectNumber(QStringLiteral("104"));
    const bool ok = m_window->grab().save(m_file);
    if (!ok)
        std::fprintf(stderr, "switchboard: cannot write the screenshot %s\n", qPrintable(m_file));
    emit finished(ok ? 0 : 1);
}

} // namespace sb::app
