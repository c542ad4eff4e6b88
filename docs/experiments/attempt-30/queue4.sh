#!/bin/bash
# attempt 30 (d): after queue3.sh, def38's search with the pairs its unanimous-label rule dropped put back
here=/work/main/docs/experiments/attempt-30
while ! grep -q "^d38e4 wall=" /work/exp/hw/d38e4.log 2>/dev/null; do sleep 10; done
for spec in "def38 u38 dissent" "def38 u38r dissentright"; do $here/update.sh $spec; done
