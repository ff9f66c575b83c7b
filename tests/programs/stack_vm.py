import sys

# A tiny stack machine: a program is a list of (opcode, arg) tuples.


def run(code: list[tuple[str, int]], trace: bool = False) -> list[int]:
    stack: list[int] = []
    out: list[int] = []
    pc = 0
    steps = 0
    while pc < len(code):
        op, arg = code[pc]
        steps += 1
        if steps > 10000:
            raise RuntimeError("step limit exceeded")
        if trace:
            print(f"  {pc:3d} {op:<6} {arg:4d} {stack}")
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "over":
            stack.append(stack[-2])
        elif op in ("add", "sub", "mul", "div", "mod", "lt"):
            b = stack.pop()
            a = stack.pop()
            if op == "add":
                stack.append(a + b)
            elif op == "sub":
                stack.append(a - b)
            elif op == "mul":
                stack.append(a * b)
            elif op == "div":
                stack.append(a // b)
            elif op == "mod":
                stack.append(a % b)
            else:
                stack.append(1 if a < b else 0)
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "print":
            out.append(stack[-1])
        elif op == "halt":
            break
        else:
            raise ValueError(f"bad opcode {op!r} at {pc - 1}")
    return out


def main(argv: list[str]) -> int:
    arith = [("push", 6), ("push", 7), ("mul", 0), ("push", 5), ("sub", 0), ("print", 0), ("halt", 0)]
    print(run(arith, trace=True))
    # factorial of 10 with a loop; the stack holds [acc, n]
    fact = [
        ("push", 1), ("push", 10),
        ("dup", 0), ("jz", 11),
        ("swap", 0), ("over", 0), ("mul", 0), ("swap", 0),
        ("push", 1), ("sub", 0), ("jmp", 2),
        ("pop", 0), ("print", 0), ("halt", 0),
    ]
    print(len(fact), run(fact), run([("push", 1), ("push", 2), ("add", 0), ("print", 0)]))
    fibs = [
        ("push", 0), ("push", 1),
        ("over", 0), ("print", 0), ("pop", 0),
        ("swap", 0), ("over", 0), ("add", 0),
        ("dup", 0), ("push", 100), ("lt", 0), ("jz", 13),
        ("jmp", 2),
        ("halt", 0),
    ]
    print(run(fibs))
    countdown = [("push", 5), ("print", 0), ("push", 1), ("sub", 0), ("dup", 0), ("jz", 7), ("jmp", 1), ("print", 0)]
    print(run(countdown))
    for bad in [[("push", 1), ("push", 0), ("div", 0)], [("frob", 0)], [("pop", 0)], [("jmp", 0)]]:
        try:
            print(run(bad))
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        except ValueError as e:
            print("ValueError:", e)
        except IndexError as e:
            print("IndexError:", e)
        except RuntimeError as e:
            print("RuntimeError:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
