#include "transport.h"

namespace sb::hal {

Transport::Transport(QObject *parent)
    : QObject(parent)
{ }

Transport::~Transport() = default;

} // namespace sb::hal
