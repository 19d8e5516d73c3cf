-- Every stated figure names a metric id kenes computes, so it can be reconciled.
-- severity: warn
select source_file, source_sheet, source_row, source_line, 'stated metric "' || coalesce(metric, '') || '" is not a known metric id' as problem
from stg_stated_figures
where metric not in (select metric from cfg_metrics)
