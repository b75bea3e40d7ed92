--TEST--
unserialize: malformed input gives false and 'Error at offset X of Y bytes' (E_NOTICE in 8.2)
--FILE--
<?php
foreach (['i:1', 'i:;', 'b:2;', 'N', 'x', 's:5:"abc";', 's:3:"abc"x', 's:3:"abc":', 's:-1:"";', 'd:1e;', 'd:+INF;', 'a:1:{}', 'a:-1:{}', 'a:1:{i:0;i:1;', 'a:1:{N;i:1;}', 'a:1:{a:0:{}i:1;}', 'a:1:{d:1.5;i:1;}', 'R:1;', 'a:1:{i:0;R:2;}', 'a:2:{i:0;i:1;i:1;R:5;}', 'a:2:{i:0;i:1;i:1;r:2;}', 'a:100:{i:0;i:1;}'] as $s) {
    echo $s, "\n";
    var_dump(unserialize($s));
}
--EXPECTF--
i:1

Notice: unserialize(): Error at offset 0 of 3 bytes in %s on line 4
bool(false)
i:;

Notice: unserialize(): Error at offset 0 of 3 bytes in %s on line 4
bool(false)
b:2;

Notice: unserialize(): Error at offset 0 of 4 bytes in %s on line 4
bool(false)
N

Notice: unserialize(): Error at offset 0 of 1 bytes in %s on line 4
bool(false)
x

Notice: unserialize(): Error at offset 0 of 1 bytes in %s on line 4
bool(false)
s:5:"abc";

Notice: unserialize(): Error at offset 10 of 10 bytes in %s on line 4
bool(false)
s:3:"abc"x

Notice: unserialize(): Error at offset 9 of 10 bytes in %s on line 4
bool(false)
s:3:"abc":

Notice: unserialize(): Error at offset 9 of 10 bytes in %s on line 4
bool(false)
s:-1:"";

Notice: unserialize(): Error at offset 0 of 8 bytes in %s on line 4
bool(false)
d:1e;

Notice: unserialize(): Error at offset 0 of 5 bytes in %s on line 4
bool(false)
d:+INF;

Notice: unserialize(): Error at offset 0 of 7 bytes in %s on line 4
bool(false)
a:1:{}

Notice: unserialize(): Error at offset 5 of 6 bytes in %s on line 4
bool(false)
a:-1:{}

Notice: unserialize(): Error at offset 0 of 7 bytes in %s on line 4
bool(false)
a:1:{i:0;i:1;

Notice: unserialize(): Error at offset 13 of 13 bytes in %s on line 4
bool(false)
a:1:{N;i:1;}

Notice: unserialize(): Error at offset 7 of 12 bytes in %s on line 4
bool(false)
a:1:{a:0:{}i:1;}

Notice: unserialize(): Error at offset 10 of 16 bytes in %s on line 4
bool(false)
a:1:{d:1.5;i:1;}

Notice: unserialize(): Error at offset 11 of 16 bytes in %s on line 4
bool(false)
R:1;

Notice: unserialize(): Error at offset 4 of 4 bytes in %s on line 4
bool(false)
a:1:{i:0;R:2;}

Notice: unserialize(): Error at offset 13 of 14 bytes in %s on line 4
bool(false)
a:2:{i:0;i:1;i:1;R:5;}

Notice: unserialize(): Error at offset 21 of 22 bytes in %s on line 4
bool(false)
a:2:{i:0;i:1;i:1;r:2;}

Notice: unserialize(): Error at offset 21 of 22 bytes in %s on line 4
bool(false)
a:100:{i:0;i:1;}

Notice: unserialize(): Error at offset 7 of 16 bytes in %s on line 4
bool(false)
