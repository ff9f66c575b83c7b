import numpy as np

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
        print(r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)

z = np.array([np.inf, -np.inf, 0.0, -0.0, np.nan])
show('0 np.exp(z)', lambda: np.exp(z))
show('1 np.sign(z)', lambda: np.sign(z))
show('2 np.floor(z)', lambda: np.floor(z))
show('3 np.ceil(z)', lambda: np.ceil(z))
show('4 np.rint(np.array([0.5, 1.5, 2.5, -0.5, -', lambda: np.rint(np.array([0.5, 1.5, 2.5, -0.5, -1.5, 3.5])))
show('5 np.floor(np.array([-0.5, -1.5]))', lambda: np.floor(np.array([-0.5, -1.5])))
show('6 np.ceil(np.array([-0.5, -0.2]))', lambda: np.ceil(np.array([-0.5, -0.2])))
show('7 np.sqrt(np.array([0.0, -0.0, np.inf]))', lambda: np.sqrt(np.array([0.0, -0.0, np.inf])))
show('8 np.arctan2(np.array([0.0, -0.0, 0.0, -0.', lambda: np.arctan2(np.array([0.0, -0.0, 0.0, -0.0]), np.array([1.0, 1.0, -1.0, -1.0])))
show('9 np.sin(np.array([np.pi, np.pi / 2, np.pi', lambda: np.sin(np.array([np.pi, np.pi / 2, np.pi / 6])))
show('10 np.cos(np.array([np.pi, np.pi / 2]))', lambda: np.cos(np.array([np.pi, np.pi / 2])))
show('11 np.tan(np.pi / 4)', lambda: np.tan(np.pi / 4))
show('12 np.exp(np.array([700.0, -700.0]))', lambda: np.exp(np.array([700.0, -700.0])))
show('13 np.log(np.array([1e-300, 1e300]))', lambda: np.log(np.array([1e-300, 1e300])))
show('14 np.rint(np.float64(2.5))', lambda: np.rint(np.float64(2.5)))
show('15 np.sign(np.float64(-0.0))', lambda: np.sign(np.float64(-0.0)))
show('16 np.pi', lambda: np.pi)
show('17 np.e', lambda: np.e)
