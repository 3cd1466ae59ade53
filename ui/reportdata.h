#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <array>
#include <optional>

namespace sb::ui {

/// One supervisor's report as the service answered it: the aggregates of `report` and the
/// requests of `history`, all its pages (console-bus.md section 4), read as the spec writes them.
struct ReportData
{
    Q_DECLARE_TR_FUNCTIONS(ReportData)

public:
    /// Requests of kind extension and line, by how they ended, and times to completed.
    struct Callbacks
    {
        int left = 0;
        int completed = 0;
        int abandoned = 0;
        int noAnswer = 0;
        int cleared = 0;
        int reset = 0;
        int disabled = 0;
        int expired = 0;
        std::optional<double> medianToCompletedSeconds;
        std::optional<double> p90ToCompletedSeconds;
    };
    /// Outside calls, transfers among them.
    struct Outside
    {
        int rang = 0;
        int answered = 0;
        int abandoned = 0;
        int transferred = 0;
        int recalled = 0;
        std::optional<double> medianToAnswerSeconds;
        std::optional<double> p90ToAnswerSeconds;
    };
    /// One request of `history`.
    struct Request
    {
        qint64 id = 0;
        QString caller;
        QString target; ///< empty for the line group
        QString kind;
        QDateTime leftAt;
        QDateTime servedAt; ///< invalid when never served
        QDateTime endedAt;
        QString reason;
    };

    Callbacks callbacks;
    Outside outside;
    std::array<int, 24> leftByHour {};
    QList<Request> requests;
    /// The report's added member `busiestTargets` as the service gave it (number and callbacks
    /// left in the range, most first); nothing when the answer has no such member (another
    /// SB-BUS/1 service: section 4 does not carry it).
    std::optional<QList<QPair<QString, int>>> reportedTargets;

    /// Reads the answer to `report`; nothing, with `problem` saying what, when it is not one.
    static std::optional<ReportData> fromReport(const QJsonObject &answer, QString *problem);
    /// Adds one page of `history`'s answer; returns its `next` (a null value on the last page),
    /// or nothing, with `problem` saying what, when the answer is not one.
    std::optional<QJsonValue> addHistory(const QJsonObject &answer, QString *problem);

    /// Callbacks that ended in the range, by every reason.
    int ended() const;
    /// Completed among the callbacks that ended (0 to 1); nothing when none ended.
    std::optional<double> completionRate() const;
    /// The targets callbacks waited for most: number and count, most first, at most `most`.
    /// The report's own (callbacks left in the range) when it has them; else counted from the
    /// history's requests (kinds extension and line, target not empty, equal counts by number),
    /// which are those that ended in the range, as far as they were read.
    QList<QPair<QString, int>> busiestTargets(int most = 10) const;
    /// Whether busiestTargets() are the report's own rather than counted from the history list.
    bool targetsFromReport() const { return reportedTargets.has_value(); }
};

} // namespace sb::ui
