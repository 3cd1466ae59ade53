#pragma once

#include "reportdata.h"

#include <QCoreApplication>
#include <QFuture>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace sb::ui {

class ReportModel;

/// A supervisor's report as a file (issue 12 item 2): CSV for spreadsheets and PDF for people,
/// the PDF with the Reports page's charts drawn into it.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    /// What a report file says besides the figures.
    struct Header
    {
        QString title; ///< "Callbacks and outside calls"
        QStringList lines; ///< period, extensions, when made
        /// The busiest targets, "104 Anna Berger" and how many callbacks, most first.
        QList<QPair<QString, int>> targets;
    };

    /// Where the PDF's parts are, in millimetres from the page's top left corner (A4 portrait):
    /// the title and header lines, the figures, and the two charts with the targets' table.
    struct Layout
    {
        QSizeF page;
        int pages = 2;
        QRectF title; ///< page 1
        QRectF figures; ///< page 1
        QRectF hourChart; ///< page 1
        QRectF targetsChart; ///< page 2
        QRectF targetsTable; ///< page 2
    };
    static Layout layout();

    /// The report as CSV (RFC 4180, UTF-8, CRLF): the header, the figures (times in seconds,
    /// the rate in percent), callbacks left by hour, the busiest targets, and every request.
    static QByteArray csv(const Header &header, const ReportModel &figures);
    /// The report as a two-page A4 PDF: header and figures and the by-hour chart, then the
    /// busiest targets' chart and table. The charts are drawn as vectors (on the UI thread).
    static QByteArray pdf(
        const Header &header, const ReportModel &figures, QChart *byHour, QChart *targets);
    /// Writes `bytes` to `path` with QSaveFile on a worker thread, every step checked; the
    /// future gives an empty string or what went wrong, naming the file.
    static QFuture<QString> save(const QString &path, const QByteArray &bytes);
};

} // namespace sb::ui
