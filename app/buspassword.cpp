#include "buspassword.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QInputDialog>
#include <QLineEdit>

#include <qt6keychain/keychain.h>

#include <cstdio>

namespace sb::app {

namespace {

const QString keyringService = QStringLiteral("switchboard");

} // namespace

QString BusPassword::key(const QString &user, const QString &url, const QString &system)
{
    return QStringLiteral("%1 on %2 (%3)").arg(user, url, system);
}

std::optional<QString> BusPassword::fromKeyring(const QString &key)
{
    QKeychain::ReadPasswordJob job(keyringService);
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError)
        return std::nullopt; // none kept, or no keyring: the dialog asks
    return job.textData();
}

void BusPassword::remember(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(keyringService, qApp);
    job->setKey(key);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, [](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            std::fprintf(stderr, "switchboard: %s\n",
                qPrintable(QCoreApplication::translate("main",
                    "The password is not remembered (no desktop keyring: %1); it is asked at the "
                    "next start.")
                               .arg(j->errorString())));
    });
    job->start();
}

void BusPassword::forget(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(keyringService, qApp);
    job->setKey(key);
    job->start();
}

std::optional<QString> BusPassword::ask(
    const QString &user, const QString &url, const QString &problem, QWidget *parent)
{
    QString label = QCoreApplication::translate("main", "Password of %1 on %2:").arg(user, url);
    if (!problem.isEmpty())
        label = problem + QStringLiteral("\n\n") + label;
    bool ok = false;
    const QString password = QInputDialog::getText(parent,
        QCoreApplication::translate("main", "Switchboard: log in to the call service"), label,
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

} // namespace sb::app
