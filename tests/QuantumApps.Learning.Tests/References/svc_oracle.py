"""Development oracle for the SMO solver (never a runtime or test dependency).

Run with Debian's scikit-learn 1.2.1:  /usr/bin/python3 svc_oracle.py > svc_oracle.json
Settings: SVC(kernel='precomputed', C=1.0 and C=10.0, tol=1e-10, shrinking=False) on a fixed 16-point
two-class data set (written below and into the output), RBF Gram matrix with gamma = 0.5 computed here.
The test reads the data and the kernel from the JSON, so both sides see the same numbers.
sklearn's binary SVC: decision > 0 means classes_[1] (label 1); dual_coef_[0][k] = y_k * alpha_k with y = +1 for label 1.
"""
import json
import sys

import numpy as np
import sklearn
from sklearn.svm import SVC

x = np.array([
    [0.10, 0.20], [0.40, 0.90], [0.80, 0.30], [0.25, 0.65], [0.90, 0.95], [0.55, 0.15], [0.05, 0.85], [0.70, 0.60],
    [0.35, 0.40], [0.60, 0.80], [0.15, 0.45], [0.95, 0.10], [0.45, 0.55], [0.30, 0.05], [0.85, 0.70], [0.65, 0.35],
])
y = np.array([0, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0])
y[12] = 0  # one point on the wrong side so that some multipliers sit at the bound C
gamma = 0.5
d2 = ((x[:, None, :] - x[None, :, :]) ** 2).sum(-1)
k = np.exp(-gamma * d2)
cases = []
for c in (1.0, 10.0):
    m = SVC(kernel="precomputed", C=c, tol=1e-10, shrinking=False).fit(k, y)
    cases.append({
        "C": c,
        "support": m.support_.tolist(),
        "dualCoef": m.dual_coef_[0].tolist(),
        "intercept": float(m.intercept_[0]),
        "decision": m.decision_function(k).tolist(),
    })
json.dump({"generator": f"scikit-learn {sklearn.__version__}, numpy {np.__version__}, python {sys.version.split()[0]}",
           "gamma": gamma, "x": x.tolist(), "y": y.tolist(), "kernel": k.tolist(), "cases": cases}, sys.stdout, indent=1)
print()
