import math
import sys

PI = 3.141592653589793
SOLAR_MASS = 39.47841760435743
DAYS_PER_YEAR = 365.24


def energy(pos: list[list[float]], vel: list[list[float]], mass: list[float]) -> float:
    e = 0.0
    n = len(mass)
    for i in range(n):
        v = vel[i]
        e += 0.5 * mass[i] * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2])
        for j in range(i + 1, n):
            dx = pos[i][0] - pos[j][0]
            dy = pos[i][1] - pos[j][1]
            dz = pos[i][2] - pos[j][2]
            e -= mass[i] * mass[j] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(pos: list[list[float]], vel: list[list[float]], mass: list[float], dt: float) -> None:
    n = len(mass)
    for i in range(n):
        for j in range(i + 1, n):
            dx = pos[i][0] - pos[j][0]
            dy = pos[i][1] - pos[j][1]
            dz = pos[i][2] - pos[j][2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            vel[i][0] -= dx * mass[j] * mag
            vel[i][1] -= dy * mass[j] * mag
            vel[i][2] -= dz * mass[j] * mag
            vel[j][0] += dx * mass[i] * mag
            vel[j][1] += dy * mass[i] * mag
            vel[j][2] += dz * mass[i] * mag
    for i in range(n):
        for k in range(3):
            pos[i][k] += dt * vel[i][k]


def main(argv: list[str]) -> int:
    pos = [
        [0.0, 0.0, 0.0],
        [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
        [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
        [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
        [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01],
    ]
    vel = [
        [0.0, 0.0, 0.0],
        [1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05],
        [-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05],
        [2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05],
        [2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05],
    ]
    mass = [SOLAR_MASS, 9.54791938424326609e-04 * SOLAR_MASS, 2.85885980666130812e-04 * SOLAR_MASS,
            4.36624404335156298e-05 * SOLAR_MASS, 5.15138902046611451e-05 * SOLAR_MASS]
    for v in vel:
        for k in range(3):
            v[k] *= DAYS_PER_YEAR
    px = sum(vel[i][0] * mass[i] for i in range(5))
    py = sum(vel[i][1] * mass[i] for i in range(5))
    pz = sum(vel[i][2] * mass[i] for i in range(5))
    vel[0] = [-px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS]
    print(f"{energy(pos, vel, mass):.9f}")
    for step in range(1, 1001):
        advance(pos, vel, mass, 0.01)
        if step % 250 == 0:
            print(step, f"{energy(pos, vel, mass):.9f}")
    print(energy(pos, vel, mass))
    print([round(p, 6) for p in pos[1]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
