// Files read whole and bounded, never blocking (issue 9 item 6): a FIFO is refused at once (it is
// opened without waiting for a writer and checked once open), a device, a folder and a file over
// the bound too; a regular file is read; the problems are translated in the context
// "RegularFile".

#include "storage/regularfile.h"

#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

using sb::storage::RegularFile;

namespace {

/// Translates the context "RegularFile" only, into marked text.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
        int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "RegularFile") != 0)
            return QString();
        return QStringLiteral("<<%1>>").arg(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
}

} // namespace

class TestRegularFile : public QObject
{
    Q_OBJECT

private slots:
    void readsARegularFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.csv"));
        QVERIFY(writeFile(path, QByteArrayLiteral("1,Reception\n")));
        QString error;
        const auto text = RegularFile::read(path, &error);
        QVERIFY2(text, qPrintable(error));
        QCOMPARE(*text, QByteArrayLiteral("1,Reception\n"));

        const QString empty = dir.filePath(QStringLiteral("empty"));
        QVERIFY(writeFile(empty, QByteArray()));
        const auto none = RegularFile::read(empty, &error);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    // Without O_NONBLOCK, open() waits for a writer that never comes: then a writer is opened
    // here to let the reader go, and the test fails rather than hangs.
    void fifoIsRefusedWithoutBlocking()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        auto reading = std::async(std::launch::async, [fifo] {
            QString error;
            const bool read = RegularFile::read(fifo, &error).has_value();
            return std::make_pair(read, error);
        });
        if (reading.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
            const int w = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
            if (w >= 0)
                ::close(w);
            reading.wait();
            QFAIL("reading a FIFO blocked");
        }
        const auto [read, error] = reading.get();
        QVERIFY(!read);
        QCOMPARE(error, QStringLiteral("not a regular file"));
    }

    void devicesAndFoldersAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("/dev/zero") << QStringLiteral("/dev/zero");
        QTest::addRow("/dev/null") << QStringLiteral("/dev/null");
        QTest::addRow("folder") << QDir::tempPath();
    }

    void devicesAndFoldersAreRefused()
    {
        QFETCH(QString, path);
        QString error;
        QVERIFY(!RegularFile::read(path, &error));
        QCOMPARE(error, QStringLiteral("not a regular file"));
    }

    void missingFileSaysWhy()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!RegularFile::read(dir.filePath(QStringLiteral("none.csv")), &error));
        QVERIFY(!error.isEmpty()); // the system's reason, in the locale's language
    }

    void theBoundHolds()
    {
        QTemporaryDir dir;
        const qint64 mib = qint64(1) << 20;
        const QString exact = dir.filePath(QStringLiteral("exact"));
        QVERIFY(writeFile(exact, QByteArray(mib, 'x')));
        QString error;
        const auto text = RegularFile::read(exact, &error, mib);
        QVERIFY2(text, qPrintable(error));
        QCOMPARE(text->size(), mib);

        const QString over = dir.filePath(QStringLiteral("over"));
        QVERIFY(writeFile(over, QByteArray(mib + 1, 'x')));
        QVERIFY(!RegularFile::read(over, &error, mib));
        QCOMPARE(error, QStringLiteral("larger than 1 MiB"));

        // The default bound: 16 MiB (a sparse file, nothing written).
        QFile big(dir.filePath(QStringLiteral("big")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(RegularFile::defaultMaxSize + 1));
        big.close();
        QVERIFY(!RegularFile::read(big.fileName(), &error));
        QCOMPARE(error, QStringLiteral("larger than 16 MiB"));
    }

    void problemsAreTranslated()
    {
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QString error;
        QVERIFY(!RegularFile::read(QStringLiteral("/dev/zero"), &error));
        QCoreApplication::removeTranslator(&marking);
        QCOMPARE(error, QStringLiteral("<<not a regular file>>"));
    }
};

QTEST_GUILESS_MAIN(TestRegularFile)

#include "tst_regularfile.moc"
