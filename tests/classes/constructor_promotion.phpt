--TEST--
constructor property promotion with visibility, types, defaults
--FILE--
<?php
class Item {
    public function __construct(
        public string $name,
        protected int $qty = 1,
        private ?float $price = null,
        public readonly array $tags = [],
    ) {
        echo "body runs after promotion: {$this->name}\n";
    }
    public function total() { return $this->qty * ($this->price ?? 0); }
}
$i = new Item("pen", 3, 1.5, ['office']);
var_dump($i);
echo $i->total(), "\n";
$j = new Item(name: "cup", price: 2.0);
echo $j->total(), "\n";
try { new Item("x", "many"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
body runs after promotion: pen
object(Item)#1 (4) {
  ["name"]=>
  string(3) "pen"
  ["qty":protected]=>
  int(3)
  ["price":"Item":private]=>
  float(1.5)
  ["tags"]=>
  array(1) {
    [0]=>
    string(6) "office"
  }
}
4.5
body runs after promotion: cup
2
Item::__construct(): Argument #2 ($qty) must be of type int, string given, called in %s on line 18
