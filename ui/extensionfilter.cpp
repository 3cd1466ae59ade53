#include "extensionfilter.h"

#include "extensionmodel.h"

#include <QTimer>

namespace sb::ui {

ExtensionFilter::ExtensionFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_refilter(new QTimer(this))
{
    // Tiles enter and leave the busy, waiting and DND views as their extensions change, a few
    // times a second (refilterMs), not at every change.
    setDynamicSortFilter(false);
    m_refilter->setSingleShot(true);
    m_refilter->setInterval(refilterMs);
    connect(m_refilter, &QTimer::timeout, this, &ExtensionFilter::invalidateFilter);
}

void ExtensionFilter::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, m_refilter, nullptr);
    m_model = qobject_cast<const ExtensionModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, m_refilter, [this] {
            if (m_show != Show::All && !m_refilter->isActive())
                m_refilter->start();
        });
    }
}

void ExtensionFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ExtensionFilter::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    m_refilter->stop();
    invalidateFilter();
    emit showChanged(show);
}

QString ExtensionFilter::label(Show show)
{
    switch (show) {
    case Show::All:
        return tr("All extensions");
    case Show::Busy:
        return tr("Busy");
    case Show::CallersWaiting:
        return tr("Callers waiting");
    case Show::DndOrForwarded:
        return tr("DND or forwarded");
    }
    return QString();
}

bool ExtensionFilter::passes(const ExtensionModel &model, int row, Show show)
{
    const client::Extension &e = model.extension(row);
    switch (show) {
    case Show::All:
        return true;
    case Show::Busy:
        return e.state != core::CallState::Idle;
    case Show::CallersWaiting:
        return !e.waiting.isEmpty();
    case Show::DndOrForwarded:
        return e.dnd || !e.forwardTo.isEmpty();
    }
    return true;
}

bool ExtensionFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    // Read from the model's rows, not through QVariant: at 2,000 changes/s the proxy asks this
    // for every row of each flush's span.
    if (!m_model || parent.isValid())
        return true;
    if (!passes(*m_model, row, m_show))
        return false;
    if (m_text.isEmpty())
        return true;
    const client::Extension &e = m_model->extension(row);
    return e.number.startsWith(m_text) || e.name.contains(m_text, Qt::CaseInsensitive);
}

} // namespace sb::ui
