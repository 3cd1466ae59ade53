#pragma once

#include <QObject>

namespace sb::hal {

/// A byte stream to the controller: serial, USB or in-process. Opening is asynchronous and
/// never blocks the caller's thread; a transport that disappears says so with closed().
class Transport : public QObject
{
    Q_OBJECT
public:
    ~Transport() override;

    /// Tries to open; answers with opened() or failed().
    virtual void open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual void write(const QByteArray &bytes) = 0;
    /// What it is, for messages: "/dev/ttyUSB0 at 115200 baud".
    virtual QString describe() const = 0;

signals:
    void opened();
    /// Could not open; the reason names the device.
    void failed(const QString &reason);
    /// Was open and is gone (unplugged, reset); the reason says why.
    void closed(const QString &reason);
    void received(const QByteArray &bytes);

protected:
    explicit Transport(QObject *parent = nullptr);
};

} // namespace sb::hal
