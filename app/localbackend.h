#pragma once

#include "service/runtime.h"
#include "ui/backend.h"

namespace sb::app {

/// Transitional: the console's Backend over a Runtime in the same thread, until the UI reads the
/// client's picture alone (issue 10).
class LocalBackend : public ui::Backend
{
public:
    explicit LocalBackend(service::Runtime *runtime)
        : m_runtime(runtime)
    { }
    const core::CallProcessor &processor() const override { return m_runtime->processor(); }
    core::Millis now() const override { return m_runtime->now(); }
    void act(const std::function<void(core::CallProcessor &, core::Millis)> &action) override
    {
        m_runtime->act(action);
    }
    QString controllerDescription() const override { return m_runtime->controllerDescription(); }
    ui::LinkHealth linkHealth() const override;

private:
    service::Runtime *m_runtime;
};

} // namespace sb::app
