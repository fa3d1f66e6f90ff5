#pragma once
// Internal to the analysis stage: counts nesting depth for the duration of one recursive step.

namespace mph::analysis {

struct DepthGuard {
    explicit DepthGuard(int &depth) : depth_(depth) { ++depth_; }
    ~DepthGuard() { --depth_; }
    DepthGuard(const DepthGuard &) = delete;
    DepthGuard &operator=(const DepthGuard &) = delete;
    int &depth_;
};

} // namespace mph::analysis
