--TEST--
destructors of objects still alive run at the end of the script
--FILE--
<?php
class Res {
    public function __construct(public $name) { echo "open {$this->name}\n"; }
    public function __destruct() { echo "close {$this->name}\n"; }
}
$a = new Res("a");
$b = new Res("b");
echo "end of script\n";
--EXPECT--
open a
open b
end of script
close b
close a
