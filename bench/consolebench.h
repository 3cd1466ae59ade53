#pragma once

// What bench_console and bench_grid share: named extensions on a controller this bench plays
// over a pty, the embedded call service's settings for it, and the timing of a hook change from
// the wire to its tile repainted.

#include "bench/benchsupport.h"
#include "bench/ptycontroller.h"
#include "core/programmingjson.h"
#include "service/callservice.h"
#include "ui/extensiondelegate.h"
#include "ui/extensionmodel.h"

#include <QAbstractProxyModel>
#include <QFile>
#include <QTemporaryDir>

#include <chrono>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

namespace sb::bench {

using Clock = std::chrono::steady_clock;

/// One hook change made on the wire.
struct Change
{
    int port;
    bool offHook;
    Clock::time_point at;
};

/// A change of a tile not painted yet: the first one's time, the latest state.
struct Pending
{
    Clock::time_point first;
    bool offHook;
};

/// Records when a tile is painted showing the hook state last put on the wire for it (a sample
/// while `*measuring`), and counts the tiles painted if `painted` is set.
class TimingDelegate : public ui::ExtensionDelegate
{
public:
    using ExtensionDelegate::ExtensionDelegate;
    void paint(QPainter *p, const QStyleOptionViewItem &o, const QModelIndex &index) const override
    {
        ExtensionDelegate::paint(p, o, index);
        if (painted)
            ++*painted;
        QModelIndex source = index;
        while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
            source = proxy->mapToSource(source);
        const client::Extension &e = model->extension(source.row());
        auto it = pending->find(e.port);
        if (it != pending->end() && it->second.offHook == e.offHook) {
            if (*measuring)
                samples->push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - it->second.first)
                        .count());
            pending->erase(it);
        }
    }
    const ui::ExtensionModel *model = nullptr;
    std::unordered_map<int, Pending> *pending = nullptr;
    std::vector<double> *samples = nullptr;
    const bool *measuring = nullptr;
    long *painted = nullptr;
};

/// Writes a programming of `stations` extensions on `lines` lines, each but the attendant named
/// "Office <number>" (factory numbers), into `dir` and starts `controller` (of as many) on its
/// pty: the settings of the embedded service on them, or none, said, if either failed.
inline std::optional<service::CallService::Settings> startNamedController(
    PtyController &controller, const QTemporaryDir &dir, int stations, int lines)
{
    core::Programming programming = core::Programming::factoryDefaults(stations, lines);
    programming.factory = false;
    for (core::ExtensionConfig &e : programming.extensions) {
        if (e.port > 1)
            e.name = QStringLiteral("Office %1").arg(e.number);
    }
    const QString config = dir.filePath(QStringLiteral("programming.json"));
    QFile f(config);
    const QByteArray json = core::programmingjson::write(programming);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size()) {
        say("cannot write %s", qPrintable(config));
        return std::nullopt;
    }
    if (controller.device().isEmpty()) {
        say("no pseudo-terminal");
        return std::nullopt;
    }
    controller.start();
    service::CallService::Settings settings;
    settings.connection.kind = core::Connection::Kind::Serial;
    settings.connection.serialPort = controller.device();
    settings.connectionChosen = true;
    settings.programmingFile = config;
    settings.version = QStringLiteral("bench");
    return settings;
}

/// Hands the changes the controller's thread put in `changes` (under `mutex`) to `pending` on
/// the UI thread at each flush of `model`: the first unpainted change of a tile counts.
inline void takeChangesOnFlush(ui::ExtensionModel *model, std::mutex &mutex,
    std::vector<Change> &changes, std::unordered_map<int, Pending> &pending)
{
    QObject::connect(model, &ui::ExtensionModel::flushed, model,
        [mutex = &mutex, changes = &changes, pending = &pending] {
            std::vector<Change> taken;
            {
                std::lock_guard<std::mutex> lock(*mutex);
                taken.swap(*changes);
            }
            for (const Change &c : taken) {
                auto it = pending->find(c.port);
                if (it == pending->end())
                    pending->emplace(c.port, Pending {c.at, c.offHook});
                else
                    it->second.offHook = c.offHook;
            }
        });
}

} // namespace sb::bench
