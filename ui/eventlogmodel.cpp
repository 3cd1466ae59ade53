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

void EventLogModel::appendEvent(const QJsonObject &event)
{
    QDateTime when
        = QDateTime::fromString(event.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    append(describe(event), when.isValid() ? when.toLocalTime() : QDateTime::currentDateTime());
}

QString EventLogModel::reasonText(const QString &reason)
{
    if (reason == QLatin1String("completed"))
        return tr("completed");
    if (reason == QLatin1String("abandoned"))
        return tr("abandoned");
    if (reason == QLatin1String("no-answer"))
        return tr("no answer");
    if (reason == QLatin1String("cleared"))
        return tr("cleared");
    if (reason == QLatin1String("reset"))
        return tr("reset");
    if (reason == QLatin1String("disabled"))
        return tr("disabled");
    if (reason == QLatin1String("expired"))
        return tr("expired");
    if (reason == QLatin1String("recalled"))
        return tr("recalled");
    return reason; // a newer service's word, as it came
}

QString EventLogModel::describe(const QJsonObject &e)
{
    const QString kind = e.value(QLatin1String("kind")).toString();
    auto text = [&e](const char *member) { return e.value(QLatin1String(member)).toString(); };
    const QString id = QString::number(e.value(QLatin1String("id")).toInteger());
    const QString target
        = e.value(QLatin1String("target")).isString() ? text("target") : tr("the line group");
    if (kind == QLatin1String("request.left"))
        return tr("request %1 left: %2 waits for %3").arg(id, text("caller"), target);
    if (kind == QLatin1String("request.served"))
        return tr("request %1 served: %2 and %3 are rung").arg(id, text("caller"), target);
    if (kind == QLatin1String("request.ended"))
        return tr("request %1 of %2 for %3 ended: %4")
            .arg(id, text("caller"), target, reasonText(text("reason")));
    if (kind == QLatin1String("extension.dnd"))
        return e.value(QLatin1String("on")).toBool()
            ? tr("%1: do not disturb").arg(text("extension"))
            : tr("%1: do not disturb ended").arg(text("extension"));
    if (kind == QLatin1String("extension.forwarding"))
        return e.value(QLatin1String("to")).isString()
            ? tr("%1 forwards to %2").arg(text("extension"), text("to"))
            : tr("%1: forwarding ended").arg(text("extension"));
    if (kind == QLatin1String("link.up"))
        return tr("link up");
    if (kind == QLatin1String("link.down"))
        return e.value(QLatin1String("state")).isString() ? tr("link down (%1)").arg(text("state"))
                                                          : tr("link down");
    if (kind == QLatin1String("controller.reset"))
        return tr("the controller was reset: every request is cancelled");
    if (kind == QLatin1String("programming.applied"))
        return tr("programming revision %1 applied by %2")
            .arg(e.value(QLatin1String("revision")).toInteger())
            .arg(text("by"));
    if (kind == QLatin1String("command")) {
        if (e.value(QLatin1String("ok")).toBool())
            return tr("%1 sent %2").arg(text("by"), text("action"));
        return tr("%1 sent %2: refused (%3)").arg(text("by"), text("action"), text("error"));
    }
    // A kind this console does not know yet (a newer service): shown as it came.
    return kind;
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
