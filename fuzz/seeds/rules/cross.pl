n(1). n(2). n(3). n(4). n(5). n(6). n(7). n(8). n(9). n(10).
triple(A, B, C, D) :- n(A), n(B), n(C), n(D).
