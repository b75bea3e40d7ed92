--TEST--
send() returns the next yielded value
--FILE--
<?php
function acc() {
    $total = 0;
    while (true) {
        $x = yield $total;
        echo "received ", var_export($x, true), "\n";
        $total += $x;
    }
}
$g = acc();
var_dump($g->current());
var_dump($g->send(5));
var_dump($g->send(10));
$g->next();
var_dump($g->current());
--EXPECT--
int(0)
received 5
int(5)
received 10
int(15)
received NULL
int(15)
