#!/usr/bin/env python3
# Reference for GeneratorShuffleTests: SplitMix64 + Fisher-Yates written from the papers, not from srb.
M=(1<<64)-1
class SM:
    def __init__(s,seed): s.s=seed&M
    def next(s):
        s.s=(s.s+0x9E3779B97F4A7C15)&M
        z=s.s
        z=((z^(z>>30))*0xBF58476D1CE4E5B9)&M
        z=((z^(z>>27))*0x94D049BB133111EB)&M
        return z^(z>>31)
    def below(s,b): return (((s.next()>>32)*b)&M)>>32
seed=SM(5^0x53485546464C4544).next()
print(hex(seed))
r=SM(seed); a=list(range(10))
for i in range(9,0,-1):
    j=r.below(i+1); a[i],a[j]=a[j],a[i]
print(a)
