#pragma once

#include <QSortFilterProxyModel>

class QTimer;

namespace sb::ui {

class ExtensionModel;

/// The grid's filter (issue 12 item 4): which tiles to show (all, busy, with callers waiting, DND
/// or forwarded) and the search box's text (a number prefix or a part of the name); a tile is
/// shown when it passes both.
class ExtensionFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    /// Which tiles are shown; the values are kept in the user's layout, so never renumbered.
    enum class Show {
        All = 0,
        Busy = 1, ///< off-hook, dialling, ringing, talking: any state but idle
        CallersWaiting = 2, ///< requests queued at it (callbacks, transfers)
        DndOrForwarded = 3,
    };
    Q_ENUM(Show)

    /// How long changes are gathered before tiles enter or leave a filtered view: refiltering
    /// at every flush laid out and repainted the whole grid 40 times a second at 2,000
    /// changes/s. A tile's own changes show at once.
    static constexpr int refilterMs = 250;

    explicit ExtensionFilter(QObject *parent = nullptr);

    /// The source must be an ExtensionModel.
    void setSourceModel(QAbstractItemModel *model) override;
    /// Filters by number prefix or name part; empty shows every tile that passes show().
    void setText(const QString &text);
    QString text() const { return m_text; }
    void setShow(Show show);
    Show show() const { return m_show; }
    /// The words for a choice, as the filter's box and the View menu show them.
    static QString label(Show show);
    /// True when an extension of `model` passes the filter's choice (the text aside).
    static bool passes(const ExtensionModel &model, int row, Show show);

signals:
    void showChanged(sb::ui::ExtensionFilter::Show show);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    const ExtensionModel *m_model = nullptr;
    QTimer *m_refilter;
    QString m_text;
    Show m_show = Show::All;
};

} // namespace sb::ui
