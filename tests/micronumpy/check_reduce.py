import sys; import os; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'stdlib'))
import numpy as np
from micronumpy.reduce import sum_
from micronumpy.ndarray import empty
from micronumpy import dtypes
def mk(x, dt):
    a = empty(list(x.shape), dt)
    flat = x.ravel()
    for i in range(flat.size):
        a.write_float(i*dt.itemsize, float(flat[i]))
    return a
rng=np.random.default_rng(0)
bad=0
for n in [5,100,129,1000,3000,10007]:
    x=(rng.random(n)).astype(np.float32)
    r=sum_(mk(x,dtypes.FLOAT32),[],True,False)
    if np.float32(r.read_float(0))!=x.sum(): bad+=1; print('1d',n,r.read_float(0),x.sum())
    x2=x[:n//10*10].reshape(10,-1)
    for ax in (0,1):
        r=sum_(mk(x2,dtypes.FLOAT32),[ax],False,False)
        got=np.array([r.read_float(i*4) for i in range(r.size())],np.float32)
        if not (got==x2.sum(axis=ax)).all(): bad+=1; print('2d',n,ax)
ok=0
from micronumpy.reduce import pairwise_sum
for t in range(3000):
    n=int(rng.integers(1,2000))
    dt=np.float32 if t%2==0 else np.float64
    x=(rng.random(n)*10**rng.uniform(-3,6,n)).astype(dt)
    got=pairwise_sum([float(a) for a in x],0,n,dt is np.float32)
    if dt(got)!=x.sum() and not (np.isnan(got) and np.isnan(x.sum())): bad+=1
    else: ok+=1
print('check_reduce: random 1-D pairwise ok', ok)
from micronumpy.reduce import var_, mean_, minmax, prod_
for dt,ndt in ((dtypes.FLOAT32,np.float32),(dtypes.FLOAT64,np.float64)):
    x=(rng.random((7,300))).astype(ndt)
    A=mk(x,dt)
    for ax in (0,1):
        r=mean_(A,[ax],False,False)
        if not np.array_equal(np.array([r.read_float(i*dt.itemsize) for i in range(r.size())],ndt), x.mean(axis=ax)): bad+=1
        for dd in (0,1):
            for st in (False,True):
                r=var_(A,[ax],False,False,dd,st)
                got=np.array([r.read_float(i*dt.itemsize) for i in range(r.size())],ndt)
                if not np.array_equal(got, x.std(axis=ax,ddof=dd) if st else x.var(axis=ax,ddof=dd)): bad+=1; print('var',ndt,ax,dd,st)
try:
    minmax(empty([0,3],dtypes.FLOAT64),[0],False,False,False); bad+=1
except ValueError as e:
    if str(e)!='zero-size array to reduction operation minimum which has no identity': bad+=1
print('check_reduce: bad', bad); sys.exit(1 if bad else 0)
