# float64 exp/log/log10/tan at full precision (NumPy's SVML kernels on AVX-512, libm elsewhere)
import numpy as np
x = np.linspace(0.01, 50.0, 400)
for name, f in [("exp", np.exp), ("log", np.log), ("log10", np.log10), ("tan", np.tan)]:
    r = f(x if name != "exp" else x / 10)
    print(name, [float(v) for v in r[::37]])
    print(name, "reversed", [float(v) for v in f(x[::-1])[::53]])
print(np.log10(np.float64(3.0)), np.tan(np.float64(2.0)), np.exp(np.float64(1.5)), np.log(7.0))
print(np.tan(np.array([1e6, 1e22, -0.0, np.inf])), np.log10(np.array([-1.0, 0.0, 1e-310])))
y = np.linspace(-3.0, 3.0, 200)
print("arctan2", [float(v) for v in np.arctan2(y, x[:200])[::23]])
print("power", [float(v) for v in np.power(x[:200], y)[::23]], [float(v) for v in (x[:50] ** 1.7)[::9]])
print(np.arctan2(np.array([0.0, -0.0, np.inf]), np.array([-0.0, -1.0, np.inf])), np.power(np.array([-2.0, 0.0]), np.array([3.0, -1.5])))
