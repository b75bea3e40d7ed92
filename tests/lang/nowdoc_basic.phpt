--TEST--
nowdoc does no interpolation or escapes
--FILE--
<?php
$x = 5;
echo <<<'EOT'
raw $x {$x} \n \t \\
second line
EOT;
echo "|\n";
--EXPECT--
raw $x {$x} \n \t \\
second line|
