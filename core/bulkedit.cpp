#include "bulkedit.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BulkEdit)
};

bool rowsValid(const QVector<ExtensionConfig> &extensions, const QVector<int> &rows)
{
    for (int r : rows) {
        if (r < 0 || r >= extensions.size())
            return false;
    }
    return true;
}

} // namespace

QString BulkEdit::renumber(
    QVector<ExtensionConfig> &extensions, const QVector<int> &rows, const QString &first, int step)
{
    if (rows.isEmpty())
        return Text::tr("choose the rows to renumber");
    if (!rowsValid(extensions, rows))
        return Text::tr("a row to renumber is not in the table");
    if (!Programming::isNumber(first))
        return Text::tr("first number: '%1' is not 1 to 8 digits").arg(first);
    if (step < 1 || step > 1000)
        return Text::tr("step: %1 is not 1 to 1000").arg(step);
    const qint64 start = first.toLongLong();
    const qint64 last = start + qint64(step) * (rows.size() - 1);
    const QString lastText
        = QStringLiteral("%1").arg(last, int(first.size()), 10, QLatin1Char('0'));
    if (lastText.size() > 8)
        return Text::tr("renumbering from %1 reaches %2: more than 8 digits").arg(first, lastText);
    for (int i = 0; i < rows.size(); ++i)
        extensions[rows.at(i)].number = QStringLiteral("%1").arg(
            start + qint64(step) * i, int(first.size()), 10, QLatin1Char('0'));
    return QString();
}

QString BulkEdit::copySettings(
    QVector<ExtensionConfig> &extensions, int from, const QVector<int> &rows, Settings settings)
{
    if (from < 0 || from >= extensions.size())
        return Text::tr("choose the row to copy from");
    if (rows.isEmpty() || !rowsValid(extensions, rows))
        return Text::tr("choose the rows to copy to");
    if (!settings)
        return Text::tr("choose what to copy");
    const ExtensionConfig source = extensions.at(from);
    for (int r : rows) {
        ExtensionConfig &e = extensions[r];
        if (settings & Type)
            e.type = source.type;
        if (settings & CampOnTones)
            e.receivesCampOnTones = source.receivesCampOnTones;
        if (settings & Lines)
            e.lines = source.lines;
    }
    return QString();
}

} // namespace sb::core
