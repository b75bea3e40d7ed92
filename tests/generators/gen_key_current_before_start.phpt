--TEST--
key() and current() start the generator
--FILE--
<?php
function g() { echo "started\n"; yield 'k' => 'v'; }
$gen = g();
echo "key: ", $gen->key(), "\n";
echo "current: ", $gen->current(), "\n";
--EXPECT--
key: started
k
current: v
