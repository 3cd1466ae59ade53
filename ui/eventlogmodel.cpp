#include "eventlogmodel.h"

#include "core/extensioncsv.h"
#include "storage/atomicfile.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sb::ui {

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant EventLogModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == 0 ? tr("Time") : tr("Event");
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= int(m_entries.size()))
        return QVariant();
    const Entry &e = m_entries[size_t(index.row())];
    return index.column() == 0 ? e.when.toString(QStringLiteral("HH:mm:ss.zzz")) : e.text;
}

void EventLogModel::append(const QString &text, const QDateTime &when)
{
    if (int(m_entries.size()) >= capacity) {
        beginRemoveRows(QModelIndex(), 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.push_back({when, text});
    endInsertRows();
}

QByteArray EventLogModel::toCsv() const
{
    QByteArray out = "time,event\r\n";
    for (const Entry &e : m_entries)
        out += core::csvField(e.when.toString(Qt::ISODateWithMs)) + ',' + core::csvField(e.text)
            + "\r\n";
    return out;
}

QFuture<QString> EventLogModel::exportCsv(const QString &path) const
{
    // The text is made here (the model is the caller's); writing and fsync wait on the disk, so
    // they run on a worker. Checked and synced: a full disk is reported, never a short export.
    return QtConcurrent::run([path, csv = toCsv()] {
        const QString error = storage::AtomicFile::save(path, csv);
        return error.isEmpty() ? QString() : tr("Cannot write %1: %2").arg(path, error);
    });
}

} // namespace sb::ui
