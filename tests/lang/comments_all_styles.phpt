--TEST--
#, //, /* */ comments and a ?> ending a one-line comment
--FILE--
<?php
# hash comment
// slash comment
echo 1; /* block
comment */ echo 2;
echo 3; // comment ends at close tag ?> after-tag
<?php
echo 4; # another ?>X
<?php
/* ?> inside a block comment does not end php */ echo 5;
echo /* inline */ 6, "\n";
#no space needed after hash
echo 7, "\n";
--EXPECT--
123 after-tag
4X
56
7
