--TEST--
at the end of the script, objects held in arrays are destroyed in creation order
--FILE--
<?php
class Res {
    public function __construct(public $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
$list = [new Res("first"), new Res("second"), new Res("third")];
echo "end\n";
--EXPECT--
end
destroy first
destroy second
destroy third
