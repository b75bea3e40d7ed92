--TEST--
mt_srand() mode: anything but MT_RAND_PHP means MT_RAND_MT19937
--FILE--
<?php
mt_srand(5, MT_RAND_MT19937); $a = mt_rand();
mt_srand(5, 99); $b = mt_rand();
mt_srand(5, MT_RAND_PHP); $c = mt_rand();
mt_srand(5); $d = mt_rand();
var_dump($a, $b, $c, $d, $a === $b, $a === $d);
--EXPECT--
int(476726705)
int(476726705)
int(1663152327)
int(476726705)
bool(true)
bool(true)
