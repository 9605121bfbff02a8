"""The service market's catalogue as the seed shows it (外贸服务市场效率工具速递): the four
categories with their items (类目导航), and the tools of the launch with their launch-day
price (直播间专属权益：1元/月). Prices other than the launch price are the demo's own.

``sellerstar market catalogue`` imports it (or a JSON file of the same shape), and the
demo pipeline seeds it.
"""

from __future__ import annotations

from decimal import Decimal

from sellerstar.domain.market import ToolCategory
from sellerstar.services.market_catalogue import Provider, Tool

SUB_CATEGORIES: dict[ToolCategory, tuple[str, ...]] = {
    ToolCategory.SHOP_DESIGN: ("PC店铺模板", "无线店铺模板", "整站设计", "首页设计", "内页设计",
                               "3D建模"),
    ToolCategory.LIVE_STREAM: ("主播代播", "脚本策划", "设备租赁", "全案直播服务"),
    ToolCategory.APP_TOOL: ("直通车&关键词", "商品管理", "营销互动&RFQ", "装修工具", "企业ERP",
                            "培训工具"),
    ToolCategory.SHOOTING: ("产品视频", "内容型视频", "企业视频", "视频诊断", "图片拍摄"),
}  # fmt: skip

PROVIDERS: tuple[Provider, ...] = (
    Provider("P-DXB", "店小宝科技", "Dianxiaobao Tech"),
    Provider("P-XWM", "新外贸智能", "New Trade Robotics"),
    Provider("P-ZXD", "智行装修工作室", "Zhixing Shop Design Studio"),
    Provider("P-YZB", "云直播服务中心", "Cloud Live-stream Services"),
    Provider("P-GPS", "光影拍摄", "Lightshade Shooting"),
)


def _tool(
    tool_id: str, provider: str, category: ToolCategory, sub: str, names: tuple[str, str],
    descriptions: tuple[str, str], price: str, unit: str, launch: str | None = None,
) -> Tool:  # fmt: skip
    return Tool(
        tool_id=tool_id, provider_id=provider, category=category, sub_category=sub,
        name=names[0], name_en=names[1], description=descriptions[0],
        description_en=descriptions[1], price_cny=Decimal(price), price_unit=unit,
        launch_price_cny=Decimal(launch) if launch is not None else None,
    )  # fmt: skip


APP, SHOP, LIVE, SHOOT = (ToolCategory.APP_TOOL, ToolCategory.SHOP_DESIGN,
                          ToolCategory.LIVE_STREAM, ToolCategory.SHOOTING)  # fmt: skip

TOOLS: tuple[Tool, ...] = (
    _tool(
        "T-DIANXIAOBAO",
        "P-DXB",
        APP,
        "商品管理",
        ("店小宝", "Dianxiaobao"),
        (
            "支持供应商自建海外仓发货、三方海外仓发货，支持添加仓库；快速发品，抢占现货商机。",
            "Ship from your own or third-party overseas warehouses, add warehouses, list "
            "products fast for in-stock deals.",
        ),
        "199",
        "month",
        "1",
    ),
    _tool(
        "T-XINWAIMAO-ROBOT",
        "P-XWM",
        APP,
        "商品管理",
        ("新外贸机器人", "New Trade Robot"),
        (
            "批量发品、批量管理、大数据选品、行业分析：查询同行数据，知己知彼。",
            "Bulk listing and editing, product selection from big data, industry analysis "
            "of your peers.",
        ),
        "299",
        "month",
        "1",
    ),
    _tool(
        "T-ONE-CLICK-LISTING",
        "P-XWM",
        APP,
        "商品管理",
        ("一键采集发品", "One-click listing"),
        (
            "一键采集发品、智能翻译、批量修改商品、一键RTS产品。",
            "Collect and list in one click, smart translation, bulk edits, one-click RTS.",
        ),
        "99",
        "month",
        "1",
    ),
    _tool(
        "T-SMART-BID",
        "P-XWM",
        APP,
        "直通车&关键词",
        ("智能出价", "Smart bidding"),
        (
            "直通车工具：智能出价、定向投放、一键爆品、测品选款。",
            "Ads tools: smart bids, targeting, one-click hot products, product testing.",
        ),
        "159",
        "month",
        "1",
    ),
    _tool(
        "T-SHOP-ASSISTANT",
        "P-DXB",
        APP,
        "营销互动&RFQ",
        ("店小蜜", "Shop assistant"),
        (
            "智能客服与沟通插件，RFQ 商机不漏接。",
            "An assistant and chat plug-in that answers every RFQ.",
        ),
        "129",
        "month",
        "1",
    ),
    _tool(
        "T-CUTOUT",
        "P-ZXD",
        APP,
        "装修工具",
        ("智能扣图修图", "Smart cut-out and retouch"),
        (
            "智能扣图修图、店招海报工具、海量详情模板。",
            "Cut-outs and retouching, shop banners and posters, detail-page templates.",
        ),
        "59",
        "month",
        "1",
    ),
    _tool(
        "T-ERP",
        "P-DXB",
        APP,
        "企业ERP",
        ("企业ERP（打单、发货）", "ERP (labels, shipping)"),
        ("打单、发货、库存一体化。", "Labels, shipping and stock in one place."),
        "399",
        "year",
    ),
    _tool(
        "T-PC-TEMPLATE",
        "P-ZXD",
        SHOP,
        "PC店铺模板",
        ("PC旺铺模板", "PC shop template"),
        ("行业PC店铺模板，一键套用。", "Industry templates for the PC shop, applied in one click."),
        "899",
        "once",
    ),
    _tool(
        "T-MOBILE-TEMPLATE",
        "P-ZXD",
        SHOP,
        "无线店铺模板",
        ("无线旺铺模板", "Mobile shop template"),
        ("无线端店铺模板与首页设计。", "Mobile shop templates and home-page design."),
        "699",
        "once",
    ),
    _tool(
        "T-3D-MODEL",
        "P-ZXD",
        SHOP,
        "3D建模",
        ("3D产品建模", "3D product models"),
        ("3D模型工具，展示产品细节。", "3D models that show a product's details."),
        "1500",
        "once",
    ),
    _tool(
        "T-LIVE-HOST",
        "P-YZB",
        LIVE,
        "主播代播",
        ("主播代播", "Hosted live streams"),
        ("专业外语主播代播，含脚本策划。", "Foreign-language hosts, scripts included."),
        "3000",
        "month",
    ),
    _tool(
        "T-LIVE-FULL",
        "P-YZB",
        LIVE,
        "全案直播服务",
        ("全案直播服务", "Full live-stream service"),
        ("设备租赁、脚本策划、代播与复盘。", "Equipment, scripts, hosting and review."),
        "8800",
        "month",
    ),
    _tool(
        "T-PRODUCT-VIDEO",
        "P-GPS",
        SHOOT,
        "产品视频",
        ("产品视频拍摄", "Product videos"),
        ("产品主图视频与详情视频拍摄。", "Main-image and detail videos of a product."),
        "600",
        "once",
    ),
    _tool(
        "T-VIDEO-EDIT",
        "P-GPS",
        SHOOT,
        "视频诊断",
        ("一键剪辑视频", "One-click video editing"),
        ("视频制作工具：一键剪辑、行业模板动效。", "Edit in one click, industry motion templates."),
        "49",
        "month",
        "1",
    ),
    _tool(
        "T-PHOTO",
        "P-GPS",
        SHOOT,
        "图片拍摄",
        ("产品图片拍摄", "Product photos"),
        ("白底图、场景图拍摄。", "White-background and scene photos."),
        "300",
        "once",
    ),
)
