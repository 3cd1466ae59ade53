#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QFuture>

#include <deque>

namespace sb::ui {

/// The event log: one row per line the program reports, newest last, with CSV export.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Lines kept; the oldest go first.
    static constexpr int capacity = 20000;

    explicit EventLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    void append(const QString &text, const QDateTime &when = QDateTime::currentDateTime());
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
};

} // namespace sb::ui
