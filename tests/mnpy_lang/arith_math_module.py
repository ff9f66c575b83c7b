import math

print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7))
print(type(math.floor(2.5)).__name__, math.floor(5), math.ceil(5))
print(math.pi, math.e)
print(math.fabs(-3), math.fabs(2.5))
print(math.log(1), math.log(math.e), round(math.log(100) / math.log(10), 10), math.log(8) / math.log(2))
print(math.exp(0), math.exp(1), round(math.exp(2), 6))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.tan(math.pi / 4), 12))
print(round(math.atan2(1, 1), 12), math.atan2(0, -1), math.atan2(-1, 0))
print(math.pow(2, 10), math.pow(2.5, 2), math.hypot(3, 4), math.hypot(5, 12))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.trunc(3.9), math.trunc(-3.9), math.gcd(12, 18), math.gcd(7, 5), math.gcd(0, 9), math.gcd(-12, 8))
print(math.inf > 10 ** 18, -math.inf < -1e308, math.inf == float("inf"))
r = 2.5
area = math.pi * r ** 2
print("area %.4f" % area, f"{area:.2f}")
def dist(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
print(dist((0, 0), (3, 4)), dist((1, 1), (4, 5)), round(dist((0, 0), (1, 1)), 6))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e10))
