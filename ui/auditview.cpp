#include "auditview.h"

#include "commandfeedback.h"

#include "client/client.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::ui {

AuditView::AuditView(client::Client *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_entries(new QTreeWidget(this))
    , m_note(new QLabel(this))
{
    m_entries->setHeaderLabels({tr("When"), tr("Who"), tr("Change")});
    m_entries->setRootIsDecorated(false);
    m_entries->setAccessibleName(tr("Programming changes"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entries, 1);
    layout->addWidget(m_note);
}

void AuditView::refresh()
{
    // The whole log: from long before the first entry to a day ahead of this PC's clock (the
    // service's clock may be ahead of it).
    const QDateTime from = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const QDateTime to = QDateTime::currentDateTimeUtc().addDays(1);
    client::CommandOperation *op = m_client->send(client::Role::Installer,
        {{QStringLiteral("action"), QStringLiteral("audit")},
            {QStringLiteral("from"), from.toString(Qt::ISODateWithMs)},
            {QStringLiteral("to"), to.toString(Qt::ISODateWithMs)}});
    const quint64 asked = ++m_asked;
    connect(op, &client::CommandOperation::finished, this, [this, op, asked] {
        if (asked != m_asked)
            return; // cleared or asked again since
        if (!op->isOk()) {
            const QString error = CommandFeedback::why(*op);
            m_note->setText(tr("The programming changes cannot be shown: %1").arg(error));
            m_note->setVisible(true);
            emit refreshed(error);
            return;
        }
        const QJsonObject reply = op->reply();
        m_entries->clear();
        for (const QJsonValue &v : reply.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = v.toObject();
            const QDateTime when = QDateTime::fromString(
                e.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
            const QString who = e.value(QStringLiteral("by")).toString();
            for (const QJsonValue &change : e.value(QStringLiteral("changes")).toArray()) {
                new QTreeWidgetItem(m_entries,
                    {when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), who,
                        change.toString()});
            }
        }
        m_entries->scrollToBottom();
        // Damaged lines are not shown as entries, but never hidden silently.
        const int skipped = reply.value(QStringLiteral("skipped")).toInt();
        m_note->setText(
            tr("%n damaged line(s) of the audit log could not be read.", nullptr, skipped));
        m_note->setVisible(skipped > 0);
        emit refreshed(QString());
    });
}

void AuditView::clear()
{
    ++m_asked;
    m_entries->clear();
    m_note->clear();
    m_note->setVisible(false);
}

} // namespace sb::ui
