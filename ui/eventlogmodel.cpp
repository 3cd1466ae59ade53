#include "eventlogmodel.h"

#include "commandfeedback.h"

#include "client/picture.h"
#include "core/extensioncsv.h"
#include "storage/atomicfile.h"

#include <QHash>
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

void EventLogModel::append(const QList<std::pair<QDateTime, QString>> &lines)
{
    if (lines.isEmpty())
        return;
    const int keep = capacity - int(std::min<qsizetype>(lines.size(), capacity));
    const int drop = std::max(0, int(m_entries.size()) - keep);
    if (drop > 0) {
        beginRemoveRows(QModelIndex(), 0, drop - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + drop);
        endRemoveRows();
    }
    const qsizetype first = std::max<qsizetype>(0, lines.size() - capacity);
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row + int(lines.size() - first) - 1);
    for (qsizetype i = first; i < lines.size(); ++i)
        m_entries.push_back({lines.at(i).first, lines.at(i).second});
    endInsertRows();
}

void EventLogModel::appendEvent(const QJsonObject &event)
{
    QDateTime when
        = QDateTime::fromString(event.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    append(describe(event, m_picture),
        when.isValid() ? when.toLocalTime() : QDateTime::currentDateTime());
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

QString EventLogModel::who(const QString &number, const client::Picture *picture)
{
    const client::Extension *e = picture ? picture->extension(number) : nullptr;
    return e && !e->name.isEmpty() ? tr("%1 %2", "number and name").arg(number, e->name) : number;
}

QString EventLogModel::actionText(const QString &action)
{
    static const QHash<QString, const char *> texts {
        {QStringLiteral("clear-callbacks"), QT_TR_NOOP("clear callbacks")},
        {QStringLiteral("clear-forwarding"), QT_TR_NOOP("clear forwarding")},
        {QStringLiteral("set-dnd"), QT_TR_NOOP("set do not disturb")},
        {QStringLiteral("set-forwarding"), QT_TR_NOOP("set forwarding")},
        {QStringLiteral("transfer"), QT_TR_NOOP("transfer the attendant's call")},
        {QStringLiteral("to-attendant"), QT_TR_NOOP("send a line to the attendant")},
        {QStringLiteral("cancel-request"), QT_TR_NOOP("cancel a request")},
        {QStringLiteral("history"), QT_TR_NOOP("read the history")},
        {QStringLiteral("report"), QT_TR_NOOP("make a report")},
        {QStringLiteral("apply-programming"), QT_TR_NOOP("apply programming")},
        {QStringLiteral("set-connection"), QT_TR_NOOP("change the controller connection")},
        {QStringLiteral("audit"), QT_TR_NOOP("read the programming changes")},
    };
    const char *text = texts.value(action);
    return text ? tr(text) : action;
}

QString EventLogModel::describe(const QJsonObject &e, const client::Picture *picture)
{
    // People's words (issue 12 item 3): numbers with names, no request ids, no wire codes.
    const QString kind = e.value(QLatin1String("kind")).toString();
    auto text = [&e](const char *member) { return e.value(QLatin1String(member)).toString(); };
    const QString caller = who(text("caller"), picture);
    const bool toLine = !e.value(QLatin1String("target")).isString();
    const QString target = toLine ? QString() : who(text("target"), picture);
    const bool transfer
        = e.value(QLatin1String("requestKind")).toString() == QLatin1String("transfer");
    if (kind == QLatin1String("request.left")) {
        if (transfer)
            return tr("%1 transferred an outside call to %2").arg(caller, target);
        return toLine ? tr("%1 left a callback for a free outside line").arg(caller)
                      : tr("%1 left a callback for %2").arg(caller, target);
    }
    if (kind == QLatin1String("request.served")) {
        if (transfer)
            return tr("the outside call transferred by %1 rings at %2").arg(caller, target);
        return toLine ? tr("an outside line is free: the callback of %1 rings").arg(caller)
                      : tr("%2 is free: the callback of %1 rings").arg(caller, target);
    }
    if (kind == QLatin1String("request.ended")) {
        const QString reason = text("reason");
        if (transfer) {
            if (reason == QLatin1String("completed"))
                return tr("%2 answered the outside call transferred by %1").arg(caller, target);
            if (reason == QLatin1String("recalled"))
                return tr("%2 did not answer the outside call transferred by %1: it returns")
                    .arg(caller, target);
            if (reason == QLatin1String("abandoned"))
                return tr("the outside caller transferred to %2 hung up").arg(caller, target);
            return tr("the outside call transferred by %1 to %2 ended: %3")
                .arg(caller, target, reasonText(reason));
        }
        if (reason == QLatin1String("completed"))
            return toLine ? tr("%1 got an outside line: callback completed").arg(caller)
                          : tr("%1 and %2 are talking: callback completed").arg(caller, target);
        return toLine
            ? tr("the callback of %1 for an outside line ended: %2").arg(caller, reasonText(reason))
            : tr("the callback of %1 for %2 ended: %3").arg(caller, target, reasonText(reason));
    }
    const QString extension = who(text("extension"), picture);
    if (kind == QLatin1String("extension.dnd"))
        return e.value(QLatin1String("on")).toBool()
            ? tr("%1 is on do not disturb").arg(extension)
            : tr("%1 is no longer on do not disturb").arg(extension);
    if (kind == QLatin1String("extension.forwarding"))
        return e.value(QLatin1String("to")).isString()
            ? tr("%1 forwards calls to %2").arg(extension, who(text("to"), picture))
            : tr("%1 no longer forwards calls").arg(extension);
    if (kind == QLatin1String("link.up"))
        return tr("the controller link is up");
    if (kind == QLatin1String("link.down"))
        return tr("the controller link is down");
    if (kind == QLatin1String("controller.reset"))
        return tr("the controller was reset: every request is cancelled");
    if (kind == QLatin1String("programming.applied"))
        return tr("%1 applied programming (revision %2)")
            .arg(text("by"))
            .arg(e.value(QLatin1String("revision")).toInteger());
    if (kind == QLatin1String("command")) {
        const QString action = actionText(text("action"));
        if (e.value(QLatin1String("ok")).toBool())
            return tr("%1: %2").arg(text("by"), action);
        return tr("%1: %2, refused: %3")
            .arg(text("by"), action, CommandFeedback::why(text("error"), QString()));
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
