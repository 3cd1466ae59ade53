#include "reportexport.h"

#include "reportmodel.h"

#include "core/extensioncsv.h"

#include <QBuffer>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace sb::ui {

namespace {

QByteArray row(const QStringList &fields)
{
    QByteArray out;
    for (const QString &f : fields) {
        if (!out.isEmpty())
            out += ',';
        out += core::csvField(f);
    }
    return out + "\r\n";
}

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 1) : QString();
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// Draws `chart` into `target` (device units) as vectors, laid out at `logical` size first so
/// that its text is as large against it as on screen; its size on screen is put back.
void drawChart(QPainter &painter, QChart *chart, const QRectF &target, const QSizeF &logical)
{
    if (!chart || !chart->scene())
        return;
    const QSizeF before = chart->size();
    chart->resize(logical);
    chart->scene()->render(&painter, target, chart->sceneBoundingRect(), Qt::KeepAspectRatio);
    chart->resize(before);
}

} // namespace

ReportExport::Layout ReportExport::layout()
{
    Layout l;
    l.page = QSizeF(210, 297);
    const qreal margin = 15, width = l.page.width() - 2 * margin;
    l.title = QRectF(margin, margin, width, 30);
    l.figures = QRectF(margin, 48, width, 21 * 5.5);
    l.hourChart = QRectF(margin, 170, width, 110);
    l.targetsChart = QRectF(margin, margin, width, 120);
    l.targetsTable = QRectF(margin, 145, width, 11 * 5.5);
    return l;
}

QByteArray ReportExport::csv(const Header &header, const ReportModel &figures)
{
    QByteArray out = row({tr("report"), header.title});
    for (const QString &line : header.lines)
        out += row({line});
    out += "\r\n" + row({tr("figure"), tr("value")});
    const std::optional<ReportData> &r = figures.report();
    if (!r)
        return out;
    // Numbers as numbers: a spreadsheet adds them up (the table's "1 min 05 s" would not).
    const ReportData::Callbacks &c = r->callbacks;
    const ReportData::Outside &o = r->outside;
    const QList<QPair<QString, QString>> values {
        {tr("callbacks left"), QString::number(c.left)},
        {tr("callbacks completed"), QString::number(c.completed)},
        {tr("callbacks abandoned"), QString::number(c.abandoned)},
        {tr("callbacks not answered"), QString::number(c.noAnswer)},
        {tr("callbacks cleared"), QString::number(c.cleared)},
        {tr("callbacks expired"), QString::number(c.expired)},
        {tr("callbacks reset"), QString::number(c.reset)},
        {tr("callbacks disabled"), QString::number(c.disabled)},
        {tr("completion rate (%)"),
            r->completionRate() ? QString::number(*r->completionRate() * 100, 'f', 1) : QString()},
        {tr("median, left to completed (s)"), number(c.medianToCompletedSeconds)},
        {tr("90th percentile, left to completed (s)"), number(c.p90ToCompletedSeconds)},
        {tr("outside calls rang"), QString::number(o.rang)},
        {tr("outside calls answered"), QString::number(o.answered)},
        {tr("outside calls abandoned while ringing"), QString::number(o.abandoned)},
        {tr("median time to answer (s)"), number(o.medianToAnswerSeconds)},
        {tr("90th percentile time to answer (s)"), number(o.p90ToAnswerSeconds)},
        {tr("outside calls transferred"), QString::number(o.transferred)},
        {tr("outside calls recalled"), QString::number(o.recalled)},
    };
    for (const auto &[figure, value] : values)
        out += row({figure, value});
    out += "\r\n" + row({tr("hour"), tr("callbacks left")});
    for (int h = 0; h < 24; ++h)
        out += row({QString::number(h), QString::number(r->leftByHour[size_t(h)])});
    out += "\r\n" + row({tr("target"), tr("callbacks")});
    for (const auto &[target, count] : header.targets)
        out += row({target, QString::number(count)});
    out += "\r\n"
        + row({tr("id"), tr("caller"), tr("target"), tr("kind"), tr("left at"), tr("served at"),
            tr("ended at"), tr("reason")});
    for (const ReportData::Request &q : r->requests)
        out += row({QString::number(q.id), q.caller, q.target, q.kind, time(q.leftAt),
            time(q.servedAt), time(q.endedAt), q.reason});
    return out;
}

QByteArray ReportExport::pdf(
    const Header &header, const ReportModel &figures, QChart *byHour, QChart *targets)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(header.title);
    writer.setCreator(QStringLiteral("Switchboard"));
    const Layout l = layout();
    const qreal mm = writer.resolution() / 25.4;
    const auto rect = [mm](const QRectF &r) {
        return QRectF(r.x() * mm, r.y() * mm, r.width() * mm, r.height() * mm);
    };
    QPainter p(&writer);
    QFont title = p.font();
    title.setPointSizeF(18);
    title.setBold(true);
    QFont body = p.font();
    body.setPointSizeF(10);
    QFont bold = body;
    bold.setBold(true);

    // Page 1: title, header lines, figures, callbacks by hour.
    const QRectF t = rect(l.title);
    p.setFont(title);
    const qreal titleHeight = QFontMetricsF(title, &writer).height();
    p.drawText(QRectF(t.topLeft(), QSizeF(t.width(), titleHeight)), Qt::AlignLeft, header.title);
    p.setFont(body);
    const qreal lineHeight = QFontMetricsF(body, &writer).height();
    qreal y = t.top() + titleHeight * 1.3;
    for (const QString &line : header.lines) {
        p.drawText(QRectF(t.left(), y, t.width(), lineHeight), Qt::AlignLeft, line);
        y += lineHeight;
    }
    const QRectF f = rect(l.figures);
    const qreal rowHeight = 5.5 * mm;
    p.setPen(QPen(Qt::gray, 0.2 * mm));
    for (int r = 0; r < figures.rowCount(); ++r) {
        const QRectF line(f.left(), f.top() + r * rowHeight, f.width(), rowHeight);
        if (line.bottom() > f.bottom() + 1)
            break;
        if (figures.isHeading(r))
            p.fillRect(line, QColor(0xe8, 0xee, 0xf4));
        p.drawLine(line.bottomLeft(), line.bottomRight());
        p.setPen(Qt::black);
        p.setFont(figures.isHeading(r) ? bold : body);
        const QRectF name = line.adjusted(2 * mm, 0, -line.width() * 0.35, 0);
        const QRectF value = line.adjusted(line.width() * 0.65, 0, -2 * mm, 0);
        p.drawText(name, Qt::AlignVCenter | Qt::AlignLeft,
            figures.index(r, ReportModel::Figure).data().toString());
        p.drawText(value, Qt::AlignVCenter | Qt::AlignRight,
            figures.index(r, ReportModel::Value).data().toString());
        p.setPen(QPen(Qt::gray, 0.2 * mm));
    }
    drawChart(p, byHour, rect(l.hourChart), QSizeF(640, 380));

    // Page 2: the busiest targets, as a chart and as a table.
    writer.newPage();
    drawChart(p, targets, rect(l.targetsChart), QSizeF(640, 420));
    const QRectF tt = rect(l.targetsTable);
    p.setPen(Qt::black);
    p.setFont(bold);
    p.drawText(QRectF(tt.left() + 2 * mm, tt.top(), tt.width() * 0.6, rowHeight),
        Qt::AlignVCenter | Qt::AlignLeft, tr("Busiest targets"));
    p.drawText(QRectF(tt.left(), tt.top(), tt.width() - 2 * mm, rowHeight),
        Qt::AlignVCenter | Qt::AlignRight, tr("Callbacks"));
    p.setFont(body);
    int r = 1;
    for (const auto &[target, count] : header.targets) {
        const QRectF line(tt.left(), tt.top() + r * rowHeight, tt.width(), rowHeight);
        p.setPen(QPen(Qt::gray, 0.2 * mm));
        p.drawLine(line.topLeft(), line.topRight());
        p.setPen(Qt::black);
        p.drawText(line.adjusted(2 * mm, 0, -2 * mm, 0), Qt::AlignVCenter | Qt::AlignLeft, target);
        p.drawText(line.adjusted(2 * mm, 0, -2 * mm, 0), Qt::AlignVCenter | Qt::AlignRight,
            QString::number(count));
        ++r;
    }
    if (header.targets.isEmpty())
        p.drawText(QRectF(tt.left() + 2 * mm, tt.top() + rowHeight, tt.width(), rowHeight),
            Qt::AlignVCenter | Qt::AlignLeft, tr("No callbacks for an extension in this period."));
    p.end();
    return bytes;
}

QFuture<QString> ReportExport::save(const QString &path, const QByteArray &bytes)
{
    // QSaveFile: the old file stays whole until the new one is written; each step is checked,
    // so a full disk is named, never a short file reported as saved.
    return QtConcurrent::run([path, bytes] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("Cannot write %1: %2").arg(path, file.errorString());
        if (file.write(bytes) != bytes.size()) {
            const QString error = file.errorString();
            file.cancelWriting();
            return tr("Cannot write %1: %2").arg(path, error);
        }
        if (!file.commit())
            return tr("Cannot write %1: %2").arg(path, file.errorString());
        return QString();
    });
}

} // namespace sb::ui
