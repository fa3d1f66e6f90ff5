#pragma once
// Evaluates a score formula as the reports print it ("0.2 · 0.9123/2 + 0.8 · (0.4 − 0.2 + 2)/4"): numbers, + and −
// (also '-'), · and '*', '/', parentheses. Tests check with it that a printed formula adds up to the printed score.
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

namespace formula_eval {

class Parser {
  public:
    explicit Parser(std::string_view text) : text_(text) {}
    std::optional<double> all() {
        const std::optional<double> value = sum();
        skip();
        return value && at_ == text_.size() ? value : std::nullopt;
    }

  private:
    void skip() {
        while (at_ < text_.size() && text_[at_] == ' ')
            ++at_;
    }
    bool take(std::string_view token) {
        skip();
        if (text_.substr(at_, token.size()) != token) return false;
        at_ += token.size();
        return true;
    }
    std::optional<double> sum() {
        std::optional<double> value = product();
        while (value) {
            if (take("+")) {
                const auto rhs = product();
                value = rhs ? std::optional(*value + *rhs) : std::nullopt;
            } else if (take("\u2212") || take("-")) {
                const auto rhs = product();
                value = rhs ? std::optional(*value - *rhs) : std::nullopt;
            } else {
                break;
            }
        }
        return value;
    }
    std::optional<double> product() {
        std::optional<double> value = atom();
        while (value) {
            if (take("\u00b7") || take("*")) {
                const auto rhs = atom();
                value = rhs ? std::optional(*value * *rhs) : std::nullopt;
            } else if (take("/")) {
                const auto rhs = atom();
                value = rhs && *rhs != 0 ? std::optional(*value / *rhs) : std::nullopt;
            } else {
                break;
            }
        }
        return value;
    }
    std::optional<double> atom() {
        if (take("-") || take("\u2212")) { // a negative number ("0.05 · -0.3000")
            const auto value = atom();
            return value ? std::optional(-*value) : std::nullopt;
        }
        if (take("(")) {
            const auto value = sum();
            return value && take(")") ? value : std::nullopt;
        }
        skip();
        const std::size_t start = at_;
        while (at_ < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[at_])) || text_[at_] == '.'))
            ++at_;
        if (start == at_) return std::nullopt;
        return std::stod(std::string(text_.substr(start, at_ - start)));
    }

    std::string_view text_;
    std::size_t at_ = 0;
};

// The value of `expression`, or nothing when it is not one.
inline std::optional<double> evaluate(std::string_view expression) {
    return Parser(expression).all();
}

} // namespace formula_eval
