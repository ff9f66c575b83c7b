import sys

# Accounts are parallel lists: names and balances in cents.


def find(names: list[str], name: str) -> int:
    for i, n in enumerate(names):
        if n == name:
            return i
    raise KeyError(name)


def apply(names: list[str], balances: list[int], line: str) -> None:
    parts = line.split()
    if not parts:
        raise ValueError("empty command")
    cmd = parts[0]
    if cmd == "open":
        if parts[1] in names:
            raise ValueError(f"account {parts[1]} exists")
        names.append(parts[1])
        balances.append(0)
    elif cmd == "deposit":
        amount = parse_amount(parts[2])
        balances[find(names, parts[1])] += amount
    elif cmd == "withdraw":
        i = find(names, parts[1])
        amount = parse_amount(parts[2])
        if balances[i] < amount:
            raise RuntimeError(f"insufficient funds in {parts[1]}: {fmt(balances[i])} < {fmt(amount)}")
        balances[i] -= amount
    elif cmd == "transfer":
        apply(names, balances, f"withdraw {parts[1]} {parts[3]}")
        apply(names, balances, f"deposit {parts[2]} {parts[3]}")
    else:
        raise ValueError(f"unknown command {cmd!r}")


def parse_amount(s: str) -> int:
    if "." in s:
        whole, frac = s.split(".")
        if len(frac) != 2:
            raise ValueError(f"bad amount {s!r}")
        cents = int(whole) * 100 + int(frac)
    else:
        cents = int(s) * 100
    if cents <= 0:
        raise ValueError(f"amount must be positive: {s}")
    return cents


def fmt(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"


def main(argv: list[str]) -> int:
    script = [
        "open alice", "open bob", "deposit alice 100.50", "deposit bob 20",
        "withdraw alice 30.25", "transfer alice bob 50", "withdraw bob 500",
        "deposit carol 5", "open alice", "deposit bob 1.5", "deposit bob -3",
        "frobnicate", "", "deposit bob abc", "transfer bob alice 70.25",
        "deposit alice 1234567",
    ]
    names: list[str] = []
    balances: list[int] = []
    errors = 0
    for line in script:
        try:
            apply(names, balances, line)
            print(f"{line:<28} ok")
        except (ValueError, RuntimeError) as e:
            errors += 1
            print(f"{line:<28} error: {e}")
        except KeyError as e:
            errors += 1
            print(f"{line:<28} no such account {e}")
    for n, b in zip(names, balances):
        print(f"{n:>8}: {fmt(b):>16}")
    print("total", fmt(sum(balances)), "errors", errors)
    return 0 if errors == 0 else 10 + errors


if __name__ == "__main__":
    sys.exit(main(sys.argv))
