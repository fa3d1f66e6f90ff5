def tabulate(rows, headers=()):
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows)]
    return "\n".join(" ".join(str(c).ljust(w) for c, w in zip(r, widths)) for r in [headers, *rows])
