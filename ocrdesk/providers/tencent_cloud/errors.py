"""Tencent Cloud OCR's error codes: the API's own and the common API 3.0 ones, then by prefix."""

from __future__ import annotations

from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.providers.cloud.http import ErrorEntry, vendor_error
from ocrdesk.providers.tencent_cloud.parse import VENDOR


def _e(kind: ErrorKind, en: str, zh: str) -> ErrorEntry:
    return ErrorEntry(kind, en, zh)


# Every code of PROTOCOLS.md §5.1, of the SDK's ocr/v20181119/errorcodes.py and the API 3.0 common
# codes; anything else falls back on its prefix (ERROR_PREFIXES), then on BAD_REQUEST.
ERRORS: dict[str, ErrorEntry] = {
    "AuthFailure.SignatureFailure": _e(ErrorKind.AUTH, "Signature check failed: check the SecretKey", "签名错误"),
    "AuthFailure.SignatureExpire": _e(
        ErrorKind.EXPIRED, "Signature expired: check the computer's clock", "签名过期，请检查系统时间"
    ),
    "AuthFailure.SecretIdNotFound": _e(ErrorKind.AUTH, "SecretId not found or disabled", "密钥不存在或已禁用"),
    "AuthFailure.InvalidSecretId": _e(ErrorKind.AUTH, "Invalid SecretId", "密钥非法"),
    "AuthFailure.InvalidAuthorization": _e(
        ErrorKind.AUTH, "Malformed Authorization header", "请求头部Authorization不符合规范"
    ),
    "AuthFailure.MFAFailure": _e(ErrorKind.AUTH, "MFA check failed", "MFA错误"),
    "AuthFailure.TokenFailure": _e(ErrorKind.AUTH, "Temporary credential token invalid", "Token错误"),
    "AuthFailure.UnauthorizedOperation": _e(ErrorKind.AUTH, "Not authorised for this action (CAM)", "请求未授权"),
    "UnauthorizedOperation": _e(ErrorKind.AUTH, "Not authorised for this action", "未授权操作"),
    "FailedOperation.UnOpenError": _e(ErrorKind.AUTH, "OCR service not activated for this account", "服务未开通"),
    "ResourceUnavailable.InArrears": _e(ErrorKind.QUOTA, "Account in arrears", "账号已欠费"),
    "FailedOperation.ArrearsError": _e(ErrorKind.QUOTA, "Account in arrears", "账号已欠费"),
    "ResourceUnavailable.ResourcePackageRunOut": _e(ErrorKind.QUOTA, "Resource package used up", "账号资源包耗尽"),
    "ResourcesSoldOut.ChargeStatusException": _e(ErrorKind.QUOTA, "Billing status abnormal", "计费状态异常"),
    "FailedOperation.CountLimitError": _e(ErrorKind.QUOTA, "Daily call limit reached", "今日次数达到限制"),
    "FailedOperation.UserQuotaError": _e(ErrorKind.QUOTA, "Not enough recognitions left", "剩余识别次数不足"),
    "RequestLimitExceeded": _e(
        ErrorKind.RATE_LIMIT, "Too many requests: rate limit reached", "请求的次数超过了频率限制"
    ),
    "LimitExceeded.TooLargeFileError": _e(ErrorKind.IMAGE_TOO_LARGE, "File too large", "文件内容太大"),
    "FailedOperation.ImageSizeTooLarge": _e(ErrorKind.IMAGE_TOO_LARGE, "Image dimensions too large", "图片尺寸过大"),
    "RequestSizeLimitExceeded": _e(ErrorKind.IMAGE_TOO_LARGE, "Request too large", "请求包超过限制大小"),
    "FailedOperation.ImageDecodeFailed": _e(ErrorKind.IMAGE_INVALID, "Image could not be decoded", "图片解码失败"),
    "InvalidParameter.EngineImageDecodeFailed": _e(
        ErrorKind.IMAGE_INVALID, "Image could not be decoded", "图片解码失败"
    ),
    "FailedOperation.DownLoadError": _e(ErrorKind.IMAGE_INVALID, "Image download failed", "文件下载失败"),
    "FailedOperation.EmptyImageError": _e(ErrorKind.IMAGE_INVALID, "Image is empty", "图片内容为空"),
    "FailedOperation.ImageBlur": _e(ErrorKind.IMAGE_INVALID, "Image too blurred", "图片模糊"),
    "FailedOperation.IdCardTooSmall": _e(
        ErrorKind.IMAGE_INVALID, "ID card too small in the image", "图片分辨率过小或身份证在原图中的占比过小"
    ),
    "FailedOperation.MultiCardError": _e(
        ErrorKind.IMAGE_INVALID, "More than one card side in the image", "图片中存在两张及以上同面卡证"
    ),
    "FailedOperation.LicenseMultiCardError": _e(
        ErrorKind.IMAGE_INVALID, "More than one card side in the image", "图片中存在两张及以上同面卡证"
    ),
    "FailedOperation.OcrFailed": _e(ErrorKind.NOT_DETECTED, "Recognition failed", "OCR识别失败"),
    "FailedOperation.DetectFailed": _e(ErrorKind.NOT_DETECTED, "Detection failed", "检测失败"),
    "FailedOperation.ImageNoText": _e(ErrorKind.NOT_DETECTED, "No text found in the image", "图片中未检测到文本"),
    "FailedOperation.ImageNoIdCard": _e(
        ErrorKind.NOT_DETECTED, "No ID card found in the image", "图片中未检测到身份证"
    ),
    "FailedOperation.IdCardInfoIllegal": _e(
        ErrorKind.NOT_DETECTED, "ID card information invalid or missing", "身份证信息不合法或缺失"
    ),
    "FailedOperation.ImageNoBusinessCard": _e(ErrorKind.NOT_DETECTED, "No business card found", "照片未检测到名片"),
    "FailedOperation.ImageNoSpecifiedCard": _e(
        ErrorKind.NOT_DETECTED, "Not the expected kind of card", "非指定卡类别图片"
    ),
    "FailedOperation.NoBankCardError": _e(ErrorKind.NOT_DETECTED, "Not a bank card", "非银行卡"),
    "FailedOperation.IllegalBankCardError": _e(
        ErrorKind.NOT_DETECTED, "Bank card information invalid", "银行卡信息非法"
    ),
    "FailedOperation.NoBizLicense": _e(ErrorKind.NOT_DETECTED, "Not a business licence", "非营业执照"),
    "FailedOperation.NoDriverLicenseError": _e(ErrorKind.NOT_DETECTED, "Not a driver licence", "上传的图片非驾驶证"),
    "FailedOperation.NoVehicleLicenseError": _e(ErrorKind.NOT_DETECTED, "Not a vehicle licence", "上传的图片非行驶证"),
    "FailedOperation.NoPassport": _e(ErrorKind.NOT_DETECTED, "Not a passport", "非护照"),
    "FailedOperation.NoHKIDCard": _e(ErrorKind.NOT_DETECTED, "Not a Hong Kong ID card", "非香港身份证"),
    "FailedOperation.NoMASIDCard": _e(ErrorKind.NOT_DETECTED, "Not a Malaysian ID card", "非马来身份证"),
    "FailedOperation.CardSideError": _e(
        ErrorKind.BAD_REQUEST, "Wrong card side: choose the other side's document type", "身份证CardSide类型错误"
    ),
    "FailedOperation.LicenseCardSideError": _e(
        ErrorKind.BAD_REQUEST, "Wrong card side: choose the other page's document type", "CardSide与实际卡证正副页不符"
    ),
    "FailedOperation.LanguageNotSupport": _e(ErrorKind.BAD_REQUEST, "Language not supported", "输入的Language不支持"),
    "FailedOperation.InvoiceMismatch": _e(ErrorKind.BAD_REQUEST, "Invoice data do not match", "发票数据不一致"),
    "FailedOperation.EngineRecognizeTimeout": _e(ErrorKind.SERVER, "Recognition engine timed out", "引擎识别超时"),
    "FailedOperation.DbError": _e(ErrorKind.SERVER, "Vendor database error", "数据库异常"),
    "FailedOperation.UnKnowError": _e(ErrorKind.SERVER, "Unknown vendor error", "未知错误"),
    "InternalError": _e(ErrorKind.SERVER, "Internal error at Tencent Cloud", "内部错误"),
    "ServiceUnavailable": _e(ErrorKind.SERVER, "Service temporarily unavailable", "当前服务暂时不可用"),
    "ResourceUnavailable.TaxNetworkError": _e(ErrorKind.SERVER, "Tax bureau network error", "税务局网络异常"),
    "InvalidParameter.ConfigFormatError": _e(
        ErrorKind.BAD_REQUEST, "Config is not valid JSON", "Config不是有效的JSON格式"
    ),
    "InvalidParameterValue.FileUrlIllegalError": _e(ErrorKind.BAD_REQUEST, "File URL not valid", "文件URL非法"),
    "InvalidParameterValue.InvalidParameterValueLimit": _e(
        ErrorKind.BAD_REQUEST, "Parameter value wrong", "参数值错误"
    ),
    "InvalidAction": _e(ErrorKind.BAD_REQUEST, "Action not found: check the endpoint", "接口不存在"),
    "NoSuchVersion": _e(ErrorKind.BAD_REQUEST, "API version not found: check the endpoint", "接口版本不存在"),
    "NoSuchProduct": _e(ErrorKind.BAD_REQUEST, "Product not found: check the endpoint", "产品不存在"),
    "UnsupportedRegion": _e(
        ErrorKind.BAD_REQUEST, "Region not supported: check the region setting", "接口不支持所传地域"
    ),
    "UnsupportedProtocol": _e(ErrorKind.BAD_REQUEST, "Protocol not supported", "HTTP(S)请求协议错误"),
    "InvalidRequest": _e(
        ErrorKind.BAD_REQUEST, "Request malformed (body or Content-Type)", "请求body的multipart格式错误"
    ),
    "MissingParameter": _e(ErrorKind.BAD_REQUEST, "A parameter is missing", "缺少参数错误"),
    "UnknownParameter": _e(ErrorKind.BAD_REQUEST, "Unknown parameter", "未知参数错误"),
    "IpInBlacklist": _e(ErrorKind.AUTH, "This IP address is blacklisted", "IP地址在黑名单中"),
    "IpNotInWhitelist": _e(ErrorKind.AUTH, "This IP address is not whitelisted", "IP地址不在白名单中"),
    # the rest of the SDK's errorcodes.py (other OCR actions; listed so none falls back to its prefix)
    "FailedOperation.ClassifyStoreFailed": _e(ErrorKind.SERVER, "Image classification failed", "图片分类失败"),
    "FailedOperation.FieldException": _e(
        ErrorKind.NOT_DETECTED, "A field value was not as expected", "字段值不符合预期"
    ),
    "FailedOperation.ImageNoHandWrite": _e(
        ErrorKind.NOT_DETECTED, "No handwriting found in the image", "图片中未检测到手写体"
    ),
    "FailedOperation.InconsistencyBetweenMRZAndVRZ": _e(
        ErrorKind.NOT_DETECTED,
        "The printed data and the machine-readable lines disagree",
        "视读区信息与机读区信息不一致",
    ),
    "FailedOperation.InvalidPostalCodeLength": _e(
        ErrorKind.NOT_DETECTED, "The postcode read has the wrong length", "马来西亚证件识别出的邮编长度不正确"
    ),
    "FailedOperation.NoStoreLabel": _e(ErrorKind.NOT_DETECTED, "The image is not a shop front", "图片不属于门头照"),
    "FailedOperation.PDFParseFailed": _e(ErrorKind.IMAGE_INVALID, "The PDF could not be read", "PDF解析失败"),
    "FailedOperation.ResponseParseFailed": _e(
        ErrorKind.SERVER, "The service could not parse its result", "结果解析失败"
    ),
    "FailedOperation.UnKnowFileTypeError": _e(ErrorKind.IMAGE_INVALID, "Unknown file type", "未知的文件类型"),
    "FailedOperation.WarningServiceFailed": _e(
        ErrorKind.SERVER, "The warning service failed (authenticity checks)", "通用告警服务异常"
    ),
    "InvalidParameterValue.PriceOrVerificationParameterValueLimit": _e(
        ErrorKind.BAD_REQUEST, "Invoice amount or check code parameter wrong", "开票金额或校验码参数值错误"
    ),
    "InvalidParameterValue.TicketCodeParameterValueLimit": _e(
        ErrorKind.BAD_REQUEST, "Invoice code parameter wrong", "发票代码参数值错误"
    ),
    "InvalidParameterValue.TicketDateParameterValueLimit": _e(
        ErrorKind.BAD_REQUEST, "Invoice date parameter wrong", "开票日期参数值错误"
    ),
    "InvalidParameterValue.TicketSnParameterValueLimit": _e(
        ErrorKind.BAD_REQUEST, "Invoice number parameter wrong", "发票号码参数值错误"
    ),
    "ResourceNotFound.NoAreaCode": _e(ErrorKind.BAD_REQUEST, "Area code does not exist", "地区编码不存在"),
    "ResourceNotFound.NoInvoice": _e(ErrorKind.NOT_DETECTED, "Invoice does not exist", "发票不存在"),
    "ResourceNotFound.NotSupportCurrentInvoiceQuery": _e(
        ErrorKind.BAD_REQUEST, "Invoices of today cannot be queried yet", "不支持当天发票查询"
    ),
}

# Prefix → entry for codes not listed above (Tencent adds sub-codes often).
ERROR_PREFIXES: dict[str, ErrorEntry] = {
    "AuthFailure": _e(ErrorKind.AUTH, "Authentication failed: check SecretId and SecretKey", "CAM签名/鉴权错误"),
    "UnauthorizedOperation": ERRORS["UnauthorizedOperation"],
    "OperationDenied": _e(ErrorKind.AUTH, "Operation denied", "操作被拒绝"),
    "ResourceUnavailable": _e(ErrorKind.QUOTA, "Resource unavailable (account or package)", "资源不可用"),
    "ResourcesSoldOut": _e(ErrorKind.QUOTA, "Resources sold out", "资源售罄"),
    "ResourceInsufficient": _e(ErrorKind.QUOTA, "Resources insufficient", "资源不足"),
    "LimitExceeded": _e(ErrorKind.QUOTA, "Quota limit exceeded", "超过配额限制"),
    "RequestLimitExceeded": ERRORS["RequestLimitExceeded"],
    "InternalError": ERRORS["InternalError"],
    "InvalidParameter": _e(ErrorKind.BAD_REQUEST, "Invalid parameter", "参数错误"),
    "InvalidParameterValue": _e(ErrorKind.BAD_REQUEST, "Invalid parameter value", "参数取值错误"),
    "MissingParameter": ERRORS["MissingParameter"],
    "UnknownParameter": ERRORS["UnknownParameter"],
    "ResourceNotFound": _e(ErrorKind.BAD_REQUEST, "Resource not found", "资源不存在"),
    "UnsupportedOperation": _e(ErrorKind.BAD_REQUEST, "Operation not supported", "操作不支持"),
    "FailedOperation": _e(ErrorKind.BAD_REQUEST, "Operation failed", "操作失败"),
}


def error_entry(code: str) -> ErrorEntry | None:
    """The table entry for `code`, else the one for its prefix (`AuthFailure.New` → AuthFailure)."""
    return ERRORS.get(code) or ERROR_PREFIXES.get(code.split(".", 1)[0])


def tencent_error(code: str, message: str, request_id: str = "") -> ProviderError:
    entry = error_entry(code)
    detail = f"{message} (RequestId {request_id})" if request_id else message
    return vendor_error(VENDOR, code, detail, {code: entry} if entry else {})
