--TEST--
rand() swaps reversed bounds instead of failing
--FILE--
<?php
srand(8);
for ($i = 0; $i < 6; $i++) echo rand(100, 1), " ";
echo "\n";
srand(8);
for ($i = 0; $i < 6; $i++) echo rand(1, 100), " ";
echo "\n";
srand(8, MT_RAND_PHP);
for ($i = 0; $i < 6; $i++) echo rand(10, 1), " ";
echo "\n";
--EXPECT--
24 49 82 30 18 67 
24 49 82 30 18 67 
2 10 1 3 9 7 
