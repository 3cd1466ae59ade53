#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFuture>
#include <QJsonObject>

#include <deque>

namespace sb::client {
class Picture;
}

namespace sb::ui {

/// The event log: one row per event of the call service (console-bus.md section 3) in people's
/// words and in this console's language ("104 Anna Berger left a callback for 107 Tom Weber"),
/// or line the console reports itself, newest last, with CSV export. The installer's link trace
/// is a second one of these, fed with the service's lines as they come.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Lines kept; the oldest go first.
    static constexpr int capacity = 20000;

    explicit EventLogModel(QObject *parent = nullptr);

    /// Where names come from ("104 Anna Berger"); without one, numbers alone.
    void setPicture(const client::Picture *picture) { m_picture = picture; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    void append(const QString &text, const QDateTime &when = QDateTime::currentDateTime());
    /// Appends many lines at once, in order (one insertion for the views).
    void append(const QList<std::pair<QDateTime, QString>> &lines);
    /// Appends one event of the service as it came (untranslated JSON), in words; its time is
    /// its "at" (this PC's clock when it has none).
    void appendEvent(const QJsonObject &event);
    /// An event in words, in the interface language ("104 Anna Berger left a callback for 107
    /// Tom Weber"), names from `picture` when given.
    static QString describe(const QJsonObject &event, const client::Picture *picture = nullptr);
    /// An extension as people know it: "104 Anna Berger", or "104" without a name.
    static QString who(const QString &number, const client::Picture *picture);
    /// A command's action in words ("set do not disturb"); an unknown one as it came.
    static QString actionText(const QString &action);
    /// A reason of request.ended ("no-answer") in words.
    static QString reasonText(const QString &reason);
    /// The whole log as CSV (RFC 4180: quoted fields, CRLF), with a header row.
    QByteArray toCsv() const;
    /// Writes the CSV atomically on a worker thread (never the caller's: it syncs to disk); the
    /// future gives an empty string or what went wrong, naming the file.
    QFuture<QString> exportCsv(const QString &path) const;

private:
    struct Entry
    {
        QDateTime when;
        QString text;
    };
    std::deque<Entry> m_entries;
    const client::Picture *m_picture = nullptr;
};

} // namespace sb::ui
